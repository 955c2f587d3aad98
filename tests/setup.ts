import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { loadProgressMessages, loadScreenMessages, loadTrainerMessages } from '../src/i18n/i18n';

// CI has two cores shared by the browser tests' build: give asynchronous UI (IndexedDB, hashing) time.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => cleanup());

// Component tests render the lazy screens directly: give them their strings as the app does.
await Promise.all([loadScreenMessages(), loadProgressMessages(), loadTrainerMessages()]);
