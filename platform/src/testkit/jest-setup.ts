import { speakOutsideRequests } from '../i18n/language.js';

// The suites read the graph's messages in English (its clients ask so too: TEST_LANGUAGE).
speakOutsideRequests('en');
