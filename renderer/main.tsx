import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { startApp } from './app/start-app';
import './styles/theme.css';
import './styles/base.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

startApp();
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
