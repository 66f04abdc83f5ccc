/** Copies text to the clipboard, falling back to a selection copy where the Clipboard API is refused. */
export async function copyText(
  text: string,
  fallbackField: HTMLInputElement | HTMLTextAreaElement | null,
): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    if (!fallbackField) return false;
    fallbackField.select();
    return document.execCommand('copy');
  }
}
