#!/usr/bin/env bash
# Regenerates the telephone tones in public/audio with sox (Debian: apt-get install sox libsox-fmt-all).
# Belgian tones use 425 Hz; ringback is 1 s on, 3 s off. Files are small mono Ogg Vorbis.
set -euo pipefail
out="$(dirname "$0")/../../public/audio"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
# Incoming call on the agent's headset: two short bursts, then a pause (loops).
sox -n -r 16000 -c 1 "$tmp/b.wav" synth 0.35 sine 440 sine 480 remix - fade 0.02 0.35 0.05 gain -8
sox -n -r 16000 -c 1 "$tmp/g.wav" trim 0 0.2
sox -n -r 16000 -c 1 "$tmp/p.wav" trim 0 1.4
sox "$tmp/b.wav" "$tmp/g.wav" "$tmp/b.wav" "$tmp/p.wav" "$out/ring.ogg"
# Outgoing call: Belgian ringback, 425 Hz, 1 s on, 3 s off (loops).
sox -n -r 16000 -c 1 "$tmp/r.wav" synth 1 sine 425 fade 0.02 1 0.02 gain -10
sox -n -r 16000 -c 1 "$tmp/s.wav" trim 0 3
sox "$tmp/r.wav" "$tmp/s.wav" "$out/ringback.ogg"
# Pick-up click.
sox -n -r 16000 -c 1 "$out/pickup.ogg" synth 0.06 pinknoise fade 0 0.06 0.05 gain -12
# Hang-up: three short 425 Hz busy beeps.
sox -n -r 16000 -c 1 "$tmp/h.wav" synth 0.25 sine 425 fade 0.01 0.25 0.02 gain -10
sox -n -r 16000 -c 1 "$tmp/hs.wav" trim 0 0.25
sox "$tmp/h.wav" "$tmp/hs.wav" "$tmp/h.wav" "$tmp/hs.wav" "$tmp/h.wav" "$out/hangup.ogg"
# Hold music: a soft, slow arpeggio (C major, A minor, F, G), 8 s, looped by the player.
notes=(261.63 329.63 392.00 329.63 220.00 261.63 329.63 261.63 174.61 220.00 261.63 220.00 196.00 246.94 293.66 246.94)
parts=()
for i in "${!notes[@]}"; do
  sox -n -r 16000 -c 1 "$tmp/n$i.wav" synth 0.5 sine "${notes[$i]}" sine "$(echo "${notes[$i]} * 2" | bc -l)" remix - fade 0.05 0.5 0.2 gain -16
  parts+=("$tmp/n$i.wav")
done
sox "${parts[@]}" "$out/hold.ogg"
# Call-centre background (optional setting): distant colleagues talking, made from espeak-ng voices
# mixed, muffled and reverberated so no word can be made out, over a faint room noise. 12 s, looped.
lines=("Bonjour, service clientèle, je vous écoute." "Je vérifie votre dossier, un petit instant." "Votre numéro de client, s'il vous plaît ?" "Je vous envoie la confirmation par courriel.")
voices=(fr+m3 fr+f2 fr+m1 fr+f4)
mix=()
for i in "${!lines[@]}"; do
  espeak-ng -v "${voices[$i]}" -s 165 -w "$tmp/v$i.wav" "${lines[$i]}"
  sox "$tmp/v$i.wav" -r 16000 -c 1 "$tmp/w$i.wav" pad "$(echo "$i * 2.7" | bc -l)" 0 trim 0 12
  mix+=("$tmp/w$i.wav")
done
sox -m "${mix[@]}" "$tmp/chatter.wav" lowpass 1200 reverb 60 gain -6
sox "$tmp/chatter.wav" -c 1 "$tmp/chatter1.wav" remix - trim 0 12
sox -n -r 16000 -c 1 "$tmp/room.wav" synth 12 brownnoise gain -38
sox -m "$tmp/chatter1.wav" "$tmp/room.wav" "$out/background.ogg" norm -16 fade 0.5 12 0.5
ls -l "$out"
