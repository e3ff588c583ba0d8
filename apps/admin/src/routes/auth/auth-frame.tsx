import { Box, Container, Group, Paper } from "@mantine/core";
import type { ReactNode } from "react";
import { Brand } from "../../components/brand.tsx";
import { ColorSchemeSwitch } from "../../components/color-scheme-switch.tsx";
import { LanguageSwitch } from "../../components/language-switch.tsx";

/** The frame of the pages shown before the dashboard itself: sign-in and the forced password change. */
export function AuthFrame({ children }: { children: ReactNode }) {
  return (
    <Box className="auth-page">
      <Box component="header" className="app-header" h={60} px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Brand />
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            <ColorSchemeSwitch />
          </Group>
        </Group>
      </Box>
      <Container component="main" size={440} py={64}>
        <Paper withBorder shadow="sm" p="xl" radius="md">
          {children}
        </Paper>
      </Container>
    </Box>
  );
}
