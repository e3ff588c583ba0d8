#!/bin/sh
# Prisma's CLI runs this as its schema engine (see scripts/prisma.mjs): the native binary cannot be
# downloaded here, so src/cli/schema-engine-server.ts answers in its place on the WebAssembly engine.
here=$(dirname "$0")
exec "$here/../node_modules/.bin/tsx" "$here/../src/cli/schema-engine-server.ts" "$@"
