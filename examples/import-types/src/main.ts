// Prints a typed CreateEndpointConfig request as JSON: `npm start -w @shapekit/example-import-types`.
import { endpointConfigRequest } from "./request.js";

console.log(
  JSON.stringify(endpointConfigRequest("my-endpoint-config", "my-model", "search"), null, 2),
);
