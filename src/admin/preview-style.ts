// Loaded after the editor's bundle on /admin/ only: the preview pane uses the site's own stylesheet,
// so an entry previews in the site's type and colours.
interface EditorApi {
  registerPreviewStyle(url: string): void;
}

(window as Window & { CMS?: EditorApi }).CMS?.registerPreviewStyle("/assets/css/site.css");
