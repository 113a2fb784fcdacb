/* SPDX-License-Identifier: MIT */
/* discovery-cues.c: loads data/cues.json (or the user's copy) into a KgCues:
 * word sets, and GRegex cues compiled once with G_REGEX_OPTIMIZE from the
 * word lists (role words, type nouns, suffixes).  Read-only afterwards. */
#include <jansson.h>
#include <string.h>

#include "discovery.h"
#include "kg-data.h"

static void
code_clear (gpointer data)
{
  KgCode *c = data;
  g_clear_pointer (&c->regex, g_regex_unref);
  g_free (c->id);
}

static void
suffix_clear (gpointer data)
{
  g_free (((KgOrgSuffix *) data)->suffix);
}

void
kg_cues_free (KgCues *c)
{
  if (c == NULL)
    return;
  GHashTable **sets[] = { &c->surnames, &c->roles_ko, &c->modifiers_ko, &c->stop_ko,
                          &c->stop_en, &c->quoted_types, &c->suffix_words,
                          &c->role_suffixes_ko, &c->company_roles_ko, &c->unanchored_roles_ko,
                          &c->name_end_reject_ko, &c->honorifics_ko, &c->quoted_org_suffixes,
                          &c->surnames_roman, &c->company_word_ends_ko,
                          &c->version_families, &c->version_words };
  for (guint i = 0; i < G_N_ELEMENTS (sets); i++)
    g_clear_pointer (sets[i], g_hash_table_unref);
  GRegex **res[] = { &c->verb_end_ko, &c->en_role_name, &c->en_name_role, &c->quoted_before,
                     &c->quoted_after, &c->quoted_reject, &c->org_en, &c->org_stem_reject,
                     &c->en_name_say, &c->en_say_name, &c->en_org_role, &c->en_role_of_org,
                     &c->en_apposition, &c->en_the_noun, &c->en_called, &c->quoted_any,
                     &c->event_words, &c->org_suffix_en, &c->en_list_after, &c->en_list_before, &c->org_after_noun_ko, &c->version_pattern,
                     &c->version_reject };
  for (guint i = 0; i < G_N_ELEMENTS (res); i++)
    g_clear_pointer (res[i], g_regex_unref);
  g_clear_pointer (&c->codes, g_array_unref);
  g_clear_pointer (&c->org_suffixes, g_array_unref);
  g_clear_pointer (&c->blocks, g_ptr_array_unref);
  g_clear_pointer (&c->prefilter, kg_prefilter_free);
  g_free (c->role_lengths);
  g_free (c);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (KgCues, kg_cues_free)

static GRegex *
compile (const char *pattern, const char *what, GError **error)
{
  g_autoptr (GError) local = NULL;
  GRegex *re = g_regex_new (pattern, G_REGEX_OPTIMIZE, 0, &local);
  if (re == NULL)
    g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES, "%s: %s", what, local->message);
  return re;
}

static GHashTable *
word_set (json_t *root, const char *key, guint *max_words)
{
  GHashTable *set = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  size_t i;
  json_t *v;
  json_array_foreach (json_object_get (root, key), i, v)
    {
      const char *w = json_string_value (v);
      if (w == NULL || *w == '\0')
        continue;
      g_hash_table_add (set, g_strdup (w));
      if (max_words != NULL)
        {
          g_auto (GStrv) parts = g_strsplit (w, " ", -1);
          *max_words = MAX (*max_words, g_strv_length (parts));
        }
    }
  return set;
}

/* (?:a|b|c) of the escaped words, longest first so alternation prefers them. */
static int
longer_first (gconstpointer a, gconstpointer b)
{
  gsize la = strlen (*(char *const *) a), lb = strlen (*(char *const *) b);
  return la > lb ? -1 : la < lb;
}

static char *
alternation (GHashTable *words)
{
  g_autoptr (GPtrArray) list = g_ptr_array_new ();
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, words);
  while (g_hash_table_iter_next (&it, &key, NULL))
    g_ptr_array_add (list, key);
  g_ptr_array_sort (list, longer_first);
  GString *s = g_string_new ("(?:");
  for (guint i = 0; i < list->len; i++)
    {
      g_autofree char *e = g_regex_escape_string (g_ptr_array_index (list, i), -1);
      g_string_append_printf (s, "%s%s", i ? "|" : "", e);
    }
  g_string_append_c (s, ')');
  return g_string_free (s, FALSE);
}

/* The same, of the nouns in @words that are ASCII (the English ones). */
static char *
alternation_ascii (GHashTable *words)
{
  g_autoptr (GHashTable) ascii = g_hash_table_new (g_str_hash, g_str_equal);
  GHashTableIter it;
  gpointer key, value;
  g_hash_table_iter_init (&it, words);
  while (g_hash_table_iter_next (&it, &key, &value))
    if (g_str_is_ascii (key) && GPOINTER_TO_INT (value) - 1 != KG_QUOTED_EVENT)
      g_hash_table_add (ascii, key);
  return alternation (ascii);
}

static const char *
str (json_t *root, const char *key)
{
  const char *s = json_string_value (json_object_get (root, key));
  return s != NULL ? s : "(?!)";
}

#define OPEN_Q "[‘'\"“「『]"
#define CLOSE_Q "[’'\"”」』]"
#define INNER_Q "[^‘’'\"“”「」『』\\n]{1,40}"

static gboolean
load_quoted (KgCues *c, json_t *root, GError **error)
{
  c->quoted_types = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  size_t i, k;
  json_t *v, *n;
  json_array_foreach (json_object_get (root, "event_nouns"), i, v)
    if (json_string_value (v) != NULL)
      g_hash_table_insert (c->quoted_types, g_strdup (json_string_value (v)),
                           GINT_TO_POINTER (KG_QUOTED_EVENT + 1));
  json_array_foreach (json_object_get (root, "quoted"), i, v)
    {
      KgType type;
      if (!kg_type_from_name (str (v, "type"), &type))
        {
          g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES,
                       "quoted: unknown type \"%s\"", str (v, "type"));
          return FALSE;
        }
      json_array_foreach (json_object_get (v, "nouns"), k, n)
        if (json_string_value (n) != NULL)
          g_hash_table_insert (c->quoted_types, g_strdup (json_string_value (n)),
                               GINT_TO_POINTER (type + 1));
    }
  g_autofree char *nouns = alternation (c->quoted_types);
  g_autofree char *before = g_strdup_printf (
      "(?<![\\w])(?<noun>%s)(?:인|이자|로|으로)?\\s*" OPEN_Q "(?<name>" INNER_Q ")" CLOSE_Q, nouns);
  g_autofree char *after = g_strdup_printf (
      OPEN_Q "(?<name>" INNER_Q ")" CLOSE_Q "\\s*(?:\\([^)\\n]{1,30}\\)\\s*)?(?<noun>%s)(?![A-Za-z])",
      nouns);
  json_int_t mw = json_integer_value (json_object_get (root, "quoted_max_words"));
  c->quoted_max_words = mw > 0 ? (guint) mw : 4;
  /* English appositions and "the NAME chatbot" use the English nouns. */
  g_autofree char *en_nouns = alternation_ascii (c->quoted_types);
  g_autofree char *apposition = g_strdup_printf (
      "(?<![\\w.&'’-])(?<name>[A-Z][A-Za-z0-9.+&-]*(?:\\s[A-Z0-9][A-Za-z0-9.+&-]*){0,2}),\\s+"
      "(?:a|an|the|its)\\s+(?:[\\w-]+\\s+){0,3}?(?<noun>%s)(?![\\w-])",
      en_nouns);
  g_autofree char *the_noun = g_strdup_printf (
      "(?<![\\w-])(?:[Tt]he|[Ii]ts|[Tt]heir|his|her|our|a|an)\\s+"
      "(?<name>[A-Z0-9][A-Za-z0-9.+-]*(?:\\s[A-Z0-9][A-Za-z0-9.+-]*){0,2})\\s+(?<noun>%s)(?![\\w-])",
      en_nouns);
  /* "a chip called Sohu"; "its own AI browser, Comet," (the name between
   * commas or before the end of the clause) */
  g_autofree char *called = g_strdup_printf (
      "(?<![\\w-])(?<noun>%s)s?(?:,?\\s+(?:called|named|dubbed|known as|codenamed)\\s+|"
      ",\\s+(?=[A-Z0-9][A-Za-z0-9.+-]*(?:\\s[A-Z0-9][A-Za-z0-9.+-]*){0,2}\\s*[,;.)]))"
      "(?<name>[A-Z0-9][A-Za-z0-9.+-]*(?:\\s[A-Z0-9][A-Za-z0-9.+-]*){0,2})(?![A-Za-z0-9-])",
      en_nouns);
  c->quoted_org_suffixes = word_set (root, "quoted_org_suffixes", NULL);
  return (c->quoted_before = compile (before, "quoted", error)) != NULL
         && (c->quoted_after = compile (after, "quoted", error)) != NULL
         && (c->quoted_any = compile (OPEN_Q "(?<name>" INNER_Q ")" CLOSE_Q, "quoted", error))
                != NULL
         && (c->en_apposition = compile (apposition, "quoted", error)) != NULL
         && (c->en_the_noun = compile (the_noun, "quoted", error)) != NULL
         && (c->en_called = compile (called, "quoted", error)) != NULL
         && (c->quoted_reject = compile (str (root, "quoted_reject"), "quoted_reject", error))
                != NULL;
}

static gboolean
load_blocks (KgCues *c, json_t *root, GError **error)
{
  c->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) g_regex_unref);
  size_t i;
  json_t *v;
  json_array_foreach (json_object_get (root, "blocks"), i, v)
    {
      GRegex *re = compile (json_string_value (v) ? json_string_value (v) : "(?!)", "blocks",
                            error);
      if (re == NULL)
        return FALSE;
      g_ptr_array_add (c->blocks, re);
    }
  c->surnames_roman = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                             (GDestroyNotify) g_strfreev);
  const char *key;
  json_object_foreach (json_object_get (root, "surnames_roman"), key, v)
    {
      GStrvBuilder *b = g_strv_builder_new ();
      size_t k;
      json_t *w;
      json_array_foreach (v, k, w)
        if (json_string_value (w) != NULL)
          {
            g_autofree char *lower = g_ascii_strdown (json_string_value (w), -1);
            g_strv_builder_add (b, lower);
          }
      g_hash_table_insert (c->surnames_roman, g_strdup (key), g_strv_builder_end (b));
      g_strv_builder_unref (b);
    }
  return (c->event_words = compile (str (root, "event_words"), "event_words", error)) != NULL;
}

static gboolean
load_codes (KgCues *c, json_t *root, GError **error)
{
  c->codes = g_array_new (FALSE, TRUE, sizeof (KgCode));
  g_array_set_clear_func (c->codes, code_clear);
  size_t i;
  json_t *v;
  json_array_foreach (json_object_get (root, "codes"), i, v)
    {
      KgCode code = { 0 };
      if (!kg_type_from_name (str (v, "type"), &code.type))
        {
          g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES,
                       "codes: unknown type \"%s\"", str (v, "type"));
          return FALSE;
        }
      if ((code.regex = compile (str (v, "pattern"), "codes", error)) == NULL)
        return FALSE;
      code.id = g_strdup (json_string_value (json_object_get (v, "id")));
      g_array_append_val (c->codes, code);
    }
  c->suffix_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  const char *key;
  json_object_foreach (json_object_get (root, "suffix_words"), key, v)
    if (json_string_value (v) != NULL)
      g_hash_table_insert (c->suffix_words, g_strdup (key), g_strdup (json_string_value (v)));
  return TRUE;
}

/* Versions after a product line: the pattern has "{words}" where the
 * alternation of the version words goes ("Pro", "울트라"). */
static gboolean
load_versions (KgCues *c, json_t *root, GError **error)
{
  c->version_families = word_set (root, "version_families", NULL);
  c->version_words = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr (GHashTable) written = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  const char *key;
  json_t *v;
  json_object_foreach (json_object_get (root, "version_words"), key, v)
    if (json_string_value (v) != NULL && *key != '\0')
      {
        g_hash_table_insert (c->version_words, g_utf8_strdown (key, -1),
                             g_strdup (json_string_value (v)));
        g_hash_table_add (written, g_strdup (key));
      }
  g_autofree char *words = alternation (written);
  g_auto (GStrv) parts = g_strsplit (str (root, "version_pattern"), "{words}", -1);
  g_autofree char *pattern = g_strjoinv (words, parts);
  return (c->version_pattern = compile (pattern, "version_pattern", error)) != NULL
         && (c->version_reject = compile (str (root, "version_reject"), "version_reject", error))
                != NULL;
}

static gboolean
load_orgs (KgCues *c, json_t *root, GError **error)
{
  c->org_suffixes = g_array_new (FALSE, TRUE, sizeof (KgOrgSuffix));
  g_array_set_clear_func (c->org_suffixes, suffix_clear);
  size_t i;
  json_t *v;
  json_array_foreach (json_object_get (root, "org_suffixes"), i, v)
    {
      const char *s = json_string_value (json_object_get (v, "suffix"));
      if (s == NULL || *s == '\0')
        continue;
      KgOrgSuffix os = { g_strdup (s), json_is_true (json_object_get (v, "same_as_stem")),
                         json_is_true (json_object_get (v, "attached_only")) };
      g_array_append_val (c->org_suffixes, os);
    }
  g_autofree char *en = g_strdup_printf (
      "(?<![\\w.])(?<stem>[A-Z][A-Za-z0-9&-]*(?:\\s[A-Z][A-Za-z0-9&-]*){0,2})\\s(?:%s)(?![A-Za-z0-9])",
      str (root, "org_suffixes_en"));
  g_autofree char *whole = g_strdup_printf ("^(?:%s)$", str (root, "org_suffixes_en"));
  return (c->org_en = compile (en, "org_suffixes_en", error)) != NULL
         && (c->org_after_noun_ko = compile (str (root, "org_after_noun_ko"), "org_after_noun_ko", error)) != NULL
         && (c->org_suffix_en = compile (whole, "org_suffixes_en", error)) != NULL
         && (c->org_stem_reject = compile (str (root, "org_stem_reject_ko"), "org_stem_reject_ko",
                                           error))
                != NULL;
}

static gboolean
load_names (KgCues *c, json_t *root, GError **error)
{
  c->surnames = word_set (root, "surnames", NULL);
  c->roles_ko = word_set (root, "roles_ko", &c->max_role_words);
  GHashTableIter it;
  gpointer key;
  g_hash_table_iter_init (&it, c->roles_ko);
  while (g_hash_table_iter_next (&it, &key, NULL))
    c->max_role_bytes = MAX (c->max_role_bytes, strlen (key));
  c->role_lengths = g_new0 (guint8, c->max_role_bytes + 1);
  g_hash_table_iter_init (&it, c->roles_ko);
  while (g_hash_table_iter_next (&it, &key, NULL))
    {
      gunichar first = g_utf8_get_char (key);
      if (first < 0x10000)
        c->role_first[first >> 3] |= 1 << (first & 7);
      c->role_lengths[strlen (key)] = 1;
    }
  c->modifiers_ko = word_set (root, "role_modifiers_ko", NULL);
  c->stop_ko = word_set (root, "stop_ko", NULL);
  c->stop_en = word_set (root, "stop_en", NULL);
  c->role_suffixes_ko = word_set (root, "role_suffixes_ko", NULL);
  c->company_roles_ko = word_set (root, "company_roles_ko", NULL);
  c->unanchored_roles_ko = word_set (root, "unanchored_roles_ko", NULL);
  c->name_end_reject_ko = word_set (root, "name_end_reject_ko", NULL);
  c->honorifics_ko = word_set (root, "honorifics_ko", NULL);
  c->company_word_ends_ko = word_set (root, "company_word_ends_ko", NULL);
  const char *roles = str (root, "roles_en"), *name = str (root, "name_en");
  const char *say = str (root, "en_say_verbs"), *company = str (root, "en_company_roles");
  g_autofree char *name_say = g_strdup_printf (
      "(?<![\\w'’-]|[A-Z][a-z]\\s)(?<name>%s)(?:,\\s+(?:who|whose)\\b|,\\s+\\d{2},|\\s+(?:%s)\\b)",
      name, say);
  g_autofree char *say_name = g_strdup_printf (
      "\\b(?:%s|according to)\\s+(?<name>%s)(?![A-Za-z0-9'’-]|\\s\\p{Lu}\\p{Ll})", say, name);
  g_autofree char *org_role = g_strdup_printf (
      "(?<![\\w.&'’-])(?<org>[A-Z][A-Za-z0-9.&-]*(?:\\s[A-Z][A-Za-z0-9.&-]*){0,2})(?:'s|’s)?\\s+(?:%s)\\b",
      company);
  g_autofree char *role_of_org = g_strdup_printf (
      "\\b(?:%s|[Pp]resident|[Hh]ead)\\s+of\\s+(?<org>[A-Z][A-Za-z0-9.&-]*(?:\\s[A-Z][A-Za-z0-9.&-]*){0,3})",
      company);
  g_autofree char *role_name = g_strdup_printf (
      "(?<![\\w-])(?:%s)(?:\\s+of\\s+[A-Z][\\w&.-]*(?:\\s[A-Z][\\w&.-]*){0,2})?,?\\s+(?<name>%s)(?![A-Za-z0-9'’-]|\\s[A-Z][a-z])",
      roles, name);
  g_autofree char *name_role = g_strdup_printf (
      "(?<![\\w'’-]|[A-Z][a-z]\\s)(?<name>%s),\\s+"
      "(?:(?:the|a|an|its|his|her|their|former|then|longtime|now|current)\\s+){0,3}"
      "(?:[A-Z][\\w&.-]*(?:'s|’s)?\\s+){0,2}(?:[a-z]+\\s+)?(?:%s)\\b",
      name, roles);
  /* a list: ", NAME", ", and NAME", " and NAME" after a person; the same
   * before one (matched up to the person's start: \z) */
  g_autofree char *list_after = g_strdup_printf (
      "(?:,\\s+(?:and\\s+)?|\\s+and\\s+)(?<name>%s)(?![\\w'’-]|\\s\\p{Lu})", name);
  g_autofree char *list_before = g_strdup_printf (
      "(?<![\\w'’.-]|\\p{Lu}\\p{Ll}\\s)(?<name>%s)(?:,\\s+(?:and\\s+)?|\\s+and\\s+)\\z", name);
  return (c->verb_end_ko = compile (str (root, "verb_end_ko"), "verb_end_ko", error)) != NULL
         && (c->en_list_after = compile (list_after, "name_en", error)) != NULL
         && (c->en_list_before = compile (list_before, "name_en", error)) != NULL
         && (c->en_role_name = compile (role_name, "roles_en", error)) != NULL
         && (c->en_name_role = compile (name_role, "roles_en", error)) != NULL
         && (c->en_name_say = compile (name_say, "en_say_verbs", error)) != NULL
         && (c->en_say_name = compile (say_name, "en_say_verbs", error)) != NULL
         && (c->en_org_role = compile (org_role, "en_company_roles", error)) != NULL
         && (c->en_role_of_org = compile (role_of_org, "en_company_roles", error)) != NULL;
}

/* The prefilter of the regex cues, in the order of discovery.h. */
static void
build_prefilter (KgCues *c)
{
  g_autoptr (GPtrArray) all = g_ptr_array_new ();
  for (guint k = 0; k < c->codes->len; k++)
    g_ptr_array_add (all, g_array_index (c->codes, KgCode, k).regex);
  GRegex *cues[KG_CUE_N] = { c->quoted_before, c->quoted_after, c->en_role_name,
                             c->en_name_role, c->org_en, c->en_name_say, c->en_say_name,
                             c->en_org_role, c->en_role_of_org, c->en_apposition,
                             c->en_the_noun, c->en_called };
  for (guint k = 0; k < KG_CUE_N; k++)
    g_ptr_array_add (all, cues[k]);
  c->prefilter = kg_prefilter_new ((GRegex *const *)all->pdata, all->len);
}

KgCues *
kg_cues_new (const char *data_dir, GError **error)
{
  g_autoptr (GBytes) bytes = kg_data_get ("cues.json", data_dir, error);
  if (bytes == NULL)
    return NULL;
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);
  json_error_t jerr;
  json_t *root = json_loadb (data, len, 0, &jerr);
  if (root == NULL || !json_is_object (root))
    {
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES, "cues.json:%d:%d: %s",
                   jerr.line, jerr.column, root == NULL ? jerr.text : "not a JSON object");
      json_decref (root);
      return NULL;
    }
  g_autoptr (KgCues) c = g_new0 (KgCues, 1);
  gboolean ok = load_names (c, root, error) && load_quoted (c, root, error)
                && load_codes (c, root, error) && load_orgs (c, root, error)
                && load_blocks (c, root, error) && load_versions (c, root, error);
  json_decref (root);
  if (!ok)
    {
      g_prefix_error (error, "cues.json: ");
      return NULL;
    }
  build_prefilter (c);
  return g_steal_pointer (&c);
}
