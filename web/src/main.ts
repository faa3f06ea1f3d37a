import { mount } from 'svelte';
import App from './App.svelte';
import { startRouter } from './lib/router/router.svelte';
import { apply as applyTheme } from './lib/theme/theme.svelte';
import './app.css';

applyTheme();
startRouter();
mount(App, { target: document.getElementById('app')! });
