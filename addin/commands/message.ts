// The dialog a ribbon command opens to report an error or a note: shows ?m= as plain text.
const text = new URLSearchParams(location.search).get("m") ?? "";
document.getElementById("m")!.textContent = text;
