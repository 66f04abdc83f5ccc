import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { flushViewState } from '../src/data/viewStore';

afterEach(() => {
  cleanup();
  // The URL store throttles replaced views; each test starts with nothing pending.
  flushViewState();
});
