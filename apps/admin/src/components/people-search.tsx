import { Combobox, Loader, Text, TextInput, useCombobox } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { IconSearch } from "@tabler/icons-react";
import { useState } from "react";
import { useNavigate } from "react-router";
import { useQuery } from "urql";
import { graphql } from "../graphql/generated/gql.ts";
import { toDateScalar } from "../graphql/scalars.ts";
import { useI18n } from "../i18n/i18n.tsx";

const PeopleSearchQuery = graphql(`
  query PeopleSearch($search: String!, $today: Date!) {
    people(search: $search, first: 7) {
      totalCount
      edges {
        node {
          id
          fullName
          posts(asOf: $today) {
            id
            title
            titleEn
            unit {
              id
              code
              shortName
            }
          }
        }
      }
    }
  }
`);

/**
 * The header's person search: names as typed, with or without diacritics ("tran van duong"), a
 * few matches to pick from (opening the person on the roster), Enter for every match on the roster.
 */
export function PeopleSearch() {
  const { t, pick } = useI18n();
  const navigate = useNavigate();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [text, setText] = useState("");
  const [search] = useDebouncedValue(text.trim(), 250);
  const [{ data, fetching }] = useQuery({
    query: PeopleSearchQuery,
    variables: { search, today: toDateScalar(new Date()) },
    pause: search.length < 2,
  });
  const people = search.length >= 2 ? (data?.people.edges.map((edge) => edge.node) ?? []) : [];

  const go = (params: Record<string, string>) => {
    combobox.closeDropdown();
    navigate(`/people?${new URLSearchParams(params)}`);
  };

  return (
    <Combobox store={combobox} onOptionSubmit={(id) => go({ search: text.trim(), person: id })} withinPortal>
      <Combobox.Target>
        <TextInput
          type="search"
          size="xs"
          w={{ base: 140, sm: 220 }}
          aria-label={t("search.people")}
          placeholder={t("search.peoplePlaceholder")}
          leftSection={<IconSearch size={14} aria-hidden />}
          rightSection={fetching ? <Loader size={12} /> : null}
          value={text}
          onChange={(event) => {
            setText(event.currentTarget.value);
            combobox.openDropdown();
            combobox.resetSelectedOption();
          }}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          onKeyDown={(event) => {
            // Enter on no highlighted option: every match, on the roster
            if (event.key === "Enter" && combobox.getSelectedOptionIndex() === -1 && text.trim()) {
              event.preventDefault();
              go({ search: text.trim() });
            }
          }}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={search.length < 2} miw={320}>
        <Combobox.Options>
          {people.length === 0 ? (
            <Combobox.Empty>{fetching ? t("state.loading") : t("people.none")}</Combobox.Empty>
          ) : (
            people.map((person) => {
              const post = person.posts[0];
              return (
                <Combobox.Option value={person.id} key={person.id}>
                  <Text size="sm" fw={500}>
                    {person.fullName}
                  </Text>
                  {post && (
                    <Text size="xs" c="dimmed">
                      {pick(post.title, post.titleEn)}
                      {post.unit ? ` · ${post.unit.shortName ?? post.unit.code}` : ""}
                    </Text>
                  )}
                </Combobox.Option>
              );
            })
          )}
        </Combobox.Options>
        {data && data.people.totalCount > people.length && (
          <Combobox.Footer>
            <Text size="xs" c="dimmed">
              {t("search.enterForAll", { count: data.people.totalCount })}
            </Text>
          </Combobox.Footer>
        )}
      </Combobox.Dropdown>
    </Combobox>
  );
}
