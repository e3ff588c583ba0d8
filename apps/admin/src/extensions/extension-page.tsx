import { Alert, Center, Loader } from "@mantine/core";
import { type ComponentType, type LazyExoticComponent, lazy, Suspense } from "react";
import { useAccount } from "../components/account.tsx";
import { useI18n } from "../i18n/i18n.tsx";
import type { PageExtension } from "./registry.ts";

// one lazy component per page, made once: React.lazy must not be re-created on render
const lazyPages = new WeakMap<PageExtension, LazyExoticComponent<ComponentType>>();

function lazyPage(page: PageExtension) {
  let component = lazyPages.get(page);
  if (!component) {
    component = lazy(() => page.load().then((loaded) => ({ default: loaded })));
    lazyPages.set(page, component);
  }
  return component;
}

export function PageLoading() {
  const { t } = useI18n();
  return (
    <Center py="xl" role="status" aria-label={t("state.loading")}>
      <Loader size="sm" />
    </Center>
  );
}

/** A registered page, loaded on first visit, for the roles it names; others are told calmly. */
export function ExtensionPage({ page }: { page: PageExtension }) {
  const { t } = useI18n();
  const { role } = useAccount();
  if (!page.roles.includes(role)) {
    return (
      <Alert color="yellow" variant="light" title={t("access.notForRole")} maw={640}>
        {t("access.notForRoleHint")}
      </Alert>
    );
  }
  const Page = lazyPage(page);
  return (
    <Suspense fallback={<PageLoading />}>
      <Page />
    </Suspense>
  );
}
