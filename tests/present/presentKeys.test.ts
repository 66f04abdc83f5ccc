import { fireEvent, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { presentAction } from '../../src/present/presentKeys';
import { usePresentKeys } from '../../src/present/usePresentKeys';

describe('presentAction(key)', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
    ['Escape', 'leave'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Home', 'first'],
    ['End', 'last'],
  ])('maps %j to %s', (key, action) => {
    expect(presentAction(key)).toBe(action);
  });

  it.each(['Enter', 'ArrowUp', 'ArrowDown', 'Tab', 'p', 'x', 'Spacebar', 'Esc', ''])(
    'has no action for %j',
    (key) => {
      expect(presentAction(key)).toBeNull();
    },
  );
});

describe('usePresentKeys(onAction)', () => {
  afterEach(() => {
    document.body.innerHTML = '';
  });

  function listen() {
    const onAction = vi.fn();
    const hook = renderHook(() => usePresentKeys(onAction));
    return { onAction, ...hook };
  }

  /** Presses `key` on `target` (the page by default); true when the key's default action was kept. */
  const press = (key: string, init: KeyboardEventInit = {}, target: Element | Window = document.body) =>
    fireEvent.keyDown(target, { key, ...init });

  it('acts on a clicker’s keys pressed on the page, taking over their default action', () => {
    const { onAction } = listen();
    expect(press('PageDown')).toBe(false);
    expect(press('b')).toBe(false);
    expect(press('Escape')).toBe(false);
    expect(onAction.mock.calls).toEqual([['next'], ['blank'], ['leave']]);
  });

  it('leaves other keys and their default action alone', () => {
    const { onAction } = listen();
    expect(press('Tab')).toBe(true);
    expect(press('x')).toBe(true);
    expect(onAction).not.toHaveBeenCalled();
  });

  it.each(['altKey', 'ctrlKey', 'metaKey'])('ignores a key pressed with %s', (modifier) => {
    const { onAction } = listen();
    expect(press('ArrowRight', { [modifier]: true })).toBe(true);
    expect(press('f', { [modifier]: true })).toBe(true);
    expect(onAction).not.toHaveBeenCalled();
  });

  it('acts on a key pressed with Shift (a capital B blanks)', () => {
    const { onAction } = listen();
    press('B', { shiftKey: true });
    expect(onAction).toHaveBeenCalledWith('blank');
  });

  it.each([
    ['a text box', '<input type="text">'],
    ['a search box', '<input type="search">'],
    ['a text area', '<textarea></textarea>'],
    ['a select', '<select><option>10 s</option></select>'],
    ['a slider', '<div role="slider" tabindex="0" aria-label="Time"></div>'],
    ['something inside a slider', '<div role="slider" tabindex="0" aria-label="Time"><span></span></div>'],
  ])('ignores keys typed in %s', (_name, html) => {
    const { onAction } = listen();
    document.body.innerHTML = html;
    const field = document.body.querySelector('span') ?? (document.body.firstElementChild as Element);
    expect(press('ArrowRight', {}, field)).toBe(true);
    expect(press('b', {}, field)).toBe(true);
    expect(press('Escape', {}, field)).toBe(true);
    expect(onAction).not.toHaveBeenCalled();
  });

  it('leaves Space and Enter to a focused button, but acts on the other keys there', () => {
    const { onAction } = listen();
    document.body.innerHTML = '<button type="button"><span>Next →</span></button>';
    const inner = document.body.querySelector('span') as Element;
    expect(press(' ', {}, inner)).toBe(true);
    expect(press('Enter', {}, inner)).toBe(true);
    expect(onAction).not.toHaveBeenCalled();
    press('ArrowLeft', {}, inner);
    expect(onAction).toHaveBeenCalledWith('previous');
  });

  it('calls the latest handler after a re-render', () => {
    const first = vi.fn();
    const second = vi.fn();
    const { rerender } = renderHook(({ handler }) => usePresentKeys(handler), {
      initialProps: { handler: first },
    });
    rerender({ handler: second });
    press('End');
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledWith('last');
  });

  it('stops listening when unmounted', () => {
    const { onAction, unmount } = listen();
    unmount();
    expect(press('ArrowRight')).toBe(true);
    expect(onAction).not.toHaveBeenCalled();
  });
});

describe('usePresentKeys(onAction) with the map focused', () => {
  it('changes slides on the arrows even when the map (which pans on them and stops them) has focus', () => {
    const onAction = vi.fn();
    renderHook(() => usePresentKeys(onAction));
    const map = document.createElement('div');
    map.tabIndex = 0;
    // Leaflet's keyboard handler stops arrow keys at the map's container.
    map.addEventListener('keydown', (event) => event.stopPropagation());
    document.body.append(map);
    fireEvent.keyDown(map, { key: 'ArrowRight' });
    fireEvent.keyDown(map, { key: 'ArrowLeft' });
    expect(onAction.mock.calls).toEqual([['next'], ['previous']]);
  });

  it('knows no action for object keys', () => {
    for (const key of ['constructor', '__proto__', 'toString', 'hasOwnProperty'])
      expect(presentAction(key)).toBeNull();
  });
});
