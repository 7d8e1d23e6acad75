import { mount } from 'svelte';
import App from './App.svelte';
import NotesWindow from './components/NotesWindow.svelte';
import './styles/fonts.css';
import './styles/base.css';

// Where a start's time goes: the page is loaded and its script runs from here on.
performance.mark('trinvis-script');

// The presenter's notes open as a second window on the same page, told apart by its address.
const notes = new URLSearchParams(window.location.search).get('window') === 'notes';
const target = document.getElementById('app');
if (target) {
  mount(notes ? NotesWindow : App, { target });
}
