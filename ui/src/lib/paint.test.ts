import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { paintedWithFonts } from './paint';

let queue: FrameRequestCallback[] = [];

/** Runs the animation frame callbacks due now, then everything they started short of a frame. */
async function frame(): Promise<void> {
  const due = queue;
  queue = [];
  for (const callback of due) callback(0);
  await new Promise((resolve) => setTimeout(resolve, 0));
}

/** Whether a promise has settled, once every pending callback short of a frame has run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

beforeEach(() => {
  queue = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => queue.push(callback));
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('paintedWithFonts', () => {
  it('resolves at the second frame when the fonts are there', async () => {
    const doc = { fonts: { status: 'loaded', ready: Promise.resolve() } } as unknown as Document;
    const shown = paintedWithFonts(doc);
    await frame();
    expect(await settled(shown)).toBe(false);
    await frame();
    expect(await settled(shown)).toBe(true);
  });

  it('waits for fonts still loading after the first frame, then for the frame that shows them', async () => {
    let loaded: () => void = () => {};
    const ready = new Promise<void>((resolve) => (loaded = resolve));
    const doc = { fonts: { status: 'loading', ready } } as unknown as Document;
    const shown = paintedWithFonts(doc);
    for (let i = 0; i < 4; i += 1) await frame();
    expect(await settled(shown)).toBe(false);
    loaded();
    expect(await settled(shown)).toBe(false);
    await frame();
    expect(await settled(shown)).toBe(false);
    await frame();
    expect(await settled(shown)).toBe(true);
  });
});
