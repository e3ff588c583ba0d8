import { Card, Grid, Skeleton, Text, Title } from "@mantine/core";
import { Component, type ComponentType, type LazyExoticComponent, lazy, type ReactNode, Suspense } from "react";
import { useI18n } from "../i18n/i18n.tsx";
import type { AccountRole } from "./access.ts";
import { mayRead } from "./access.ts";
import type { OverviewWidget, OverviewWidgetProps } from "./registry.ts";

const spans: { readonly [Size in OverviewWidget["size"]]: { base: number; md: number } } = {
  third: { base: 12, md: 4 },
  half: { base: 12, md: 6 },
  full: { base: 12, md: 12 },
};

const lazyWidgets = new WeakMap<OverviewWidget, LazyExoticComponent<ComponentType<OverviewWidgetProps>>>();

function lazyWidget(widget: OverviewWidget) {
  let component = lazyWidgets.get(widget);
  if (!component) {
    component = lazy(() => widget.load().then((loaded) => ({ default: loaded })));
    lazyWidgets.set(widget, component);
  }
  return component;
}

/** A widget that fails shows a quiet line in its card; the rest of the overview stays. */
class WidgetBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  override render() {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}

/** The widgets a role may read, in order. */
export function widgetsFor(widgets: readonly OverviewWidget[], role: AccountRole): OverviewWidget[] {
  return widgets.filter((widget) => mayRead(role, widget.requires));
}

/** One registered widget in its titled card, as a cell of the overview's grid. */
export function OverviewWidgetCell({ widget, ...props }: { widget: OverviewWidget } & OverviewWidgetProps) {
  const { t } = useI18n();
  const Widget = lazyWidget(widget);
  const headingId = `widget-${widget.id}`;
  return (
    <Grid.Col span={spans[widget.size]}>
      <Card withBorder component="section" aria-labelledby={headingId} h="100%" padding="lg">
        <Title order={2} size="h4" id={headingId} mb="sm">
          {t(widget.title)}
        </Title>
        <WidgetBoundary fallback={<Text c="dimmed">{t("state.widgetFailed")}</Text>}>
          <Suspense fallback={<Skeleton height={120} />}>
            <Widget {...props} />
          </Suspense>
        </WidgetBoundary>
      </Card>
    </Grid.Col>
  );
}
