/** Why a GitLab address will not do, or undefined when it is an http(s) URL. */
export function checkGitlabUrl(value: string): string | undefined {
  if (value === '') return 'Enter the address of your GitLab, e.g. https://gitlab.example.edu';
  try {
    const url = new URL(value);
    if (url.protocol === 'https:' || url.protocol === 'http:') return undefined;
  } catch {
    // Falls through to the message below.
  }
  return 'Enter a web address starting with https:// (or http://)';
}
