/** The search the list is filtered by, for the texts that mark its matches (MarkedText). */
import { createContext } from 'react';

export const SearchQuery = createContext('');
