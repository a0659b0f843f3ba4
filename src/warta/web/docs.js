// The API's OpenAPI documentation, rendered by swagger-ui from the local npm package.
window.ui = SwaggerUIBundle({ url: "/openapi.json", dom_id: "#swagger-ui" });
