// Personal data of a person (dữ liệu cá nhân): only for ADMIN and the UNIT_EDITOR of the subtree
// the person serves in today. Everyone else gets a FORBIDDEN error on these fields.
import { builder } from "../../builder.js";

builder.prismaObjectFields("Person", (t) => {
  const personal = { authScopes: (person: { id: number }) => ({ readPersonalData: person.id }), nullable: true } as const;
  return {
    birthDate: t.expose("birthDate", { ...personal, type: "Date" }),
    email: t.exposeString("email", { ...personal }),
    phone: t.exposeString("phone", { ...personal }),
    serviceNumber: t.string({
      ...personal,
      description: "The officer's service number (số hiệu); null for civilians.",
      select: { officer: { select: { serviceNumber: true } } },
      resolve: (person) => person.officer?.serviceNumber ?? null,
    }),
  };
});
