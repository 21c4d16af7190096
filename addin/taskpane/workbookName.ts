// The open workbook's file name, for the names of what the pane downloads: Office gives its path
// (Windows, Mac) or its URL (Excel on the web, a file on OneDrive or SharePoint); an unsaved
// workbook has none, and gets the stand-in the caller passes.

const decoded = (s: string) => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s; // a stray "%": the name as written
  }
};

export function workbookName(pathOrUrl: string | undefined, unsaved: string): string {
  const where = pathOrUrl ?? "";
  // A URL's query and fragment are not part of the name, and its name is percent-encoded; a local path may hold "#" or "%".
  const isUrl = /^[a-z][a-z0-9+.-]*:\/\//i.test(where);
  const last = (isUrl ? where.split(/[?#]/)[0] : where).split(/[\\/]/).pop() ?? "";
  return (isUrl ? decoded(last) : last).trim() || unsaved;
}
