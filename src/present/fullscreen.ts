/** The Fullscreen API, tolerant of browsers and frames that refuse it. */
export async function enterFullscreen(): Promise<void> {
  if (document.fullscreenElement || !document.documentElement.requestFullscreen) return;
  try {
    await document.documentElement.requestFullscreen();
  } catch {
    // Refused (no user gesture, or a frame without allowfullscreen): the view still fills the window.
  }
}

export async function exitFullscreen(): Promise<void> {
  if (!document.fullscreenElement) return;
  try {
    await document.exitFullscreen();
  } catch {
    // Already left.
  }
}
