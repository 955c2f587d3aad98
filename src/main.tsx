import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { changeLanguage } from './i18n/i18n';
import { useAppStore } from './store/app-store';
import { App } from './ui/App';
import './ui/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

const language = useAppStore.getState().uiLanguage;
if (language !== 'fr') await changeLanguage(language);
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
