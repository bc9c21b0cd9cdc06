// The CSP build has the same API as Alpine itself; reuse Alpine's types.
declare module "@alpinejs/csp" {
  import Alpine from "alpinejs";
  export default Alpine;
}
