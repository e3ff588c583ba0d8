#!/bin/sh
# Stand-in for the native schema engine: prisma generate only checks that it exists.
echo "schema engine is not available offline; use pnpm db:migrate / db:migration:new" >&2
exit 1
