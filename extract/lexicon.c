/* SPDX-License-Identifier: MIT */
/* lexicon.c: loads lexicon JSON files (jansson) into KgLexEntry records.
 * Every name is NFC-normalised on load; an entry loaded again under the same
 * id replaces the earlier one in place, which is how a user's --lexicon file
 * overrides the embedded one.  Errors name the file, and the entry id or the
 * line and column of a JSON syntax error.  An entry: id, type, ko and en
 * names, aliases, short forms ("short": resolve when unambiguous), weak short
 * forms ("weak": ordinary words or common names, resolve only with
 * evidence), "context" ids that count as that evidence, qid, family. */
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "extract-private.h"
#include "kg-data.h"

static void
entry_free (gpointer data)
{
  KgLexEntry *e = data;
  if (e == NULL)
    return;
  g_free (e->id);
  for (guint i = 0; i < KG_LANG_N; i++)
    g_free (e->name[i]);
  g_free (e->qid);
  g_free (e->family);
  g_ptr_array_unref (e->aliases);
  g_ptr_array_unref (e->short_forms);
  g_ptr_array_unref (e->weak_forms);
  g_ptr_array_unref (e->context);
  g_free (e);
}

KgLexicon *
kg_lexicon_new (void)
{
  KgLexicon *lexicon = g_new0 (KgLexicon, 1);
  lexicon->entries = g_ptr_array_new_with_free_func (entry_free);
  lexicon->by_id = g_hash_table_new (g_str_hash, g_str_equal);
  return lexicon;
}

void
kg_lexicon_free (KgLexicon *lexicon)
{
  if (lexicon == NULL)
    return;
  g_hash_table_unref (lexicon->by_id);
  g_ptr_array_unref (lexicon->entries);
  g_free (lexicon);
}

guint
kg_lexicon_size (const KgLexicon *lexicon)
{
  g_return_val_if_fail (lexicon != NULL, 0);
  return lexicon->entries->len;
}

KgLexicon *
kg_lexicon_new_default (GError **error)
{
  g_autoptr (GBytes) bytes = kg_data_get ("lexicon.json", NULL, error);
  if (bytes == NULL)
    return NULL;
  g_autoptr (KgLexicon) lexicon = kg_lexicon_new ();
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  if (!kg_lexicon_load_data (lexicon, data, len, "lexicon.json", error))
    return NULL;
  return g_steal_pointer (&lexicon);
}

gboolean
kg_lexicon_load_file (KgLexicon *lexicon, const char *path, GError **error)
{
  g_return_val_if_fail (lexicon != NULL && path != NULL, FALSE);
  g_autofree char *data = NULL;
  gsize len = 0;
  /* Opened here first for the errno: GLib's text would repeat the path. */
  int fd = open (path, O_RDONLY | O_CLOEXEC);
  if (fd < 0)
    {
      int saved = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved), "%s: %s", path,
                   g_strerror (saved));
      return FALSE;
    }
  struct stat st;
  gboolean folder = fstat (fd, &st) == 0 && S_ISDIR (st.st_mode);
  close (fd);
  if (folder)
    {
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_LEXICON, "%s: is a folder", path);
      return FALSE;
    }
  if (!g_file_get_contents (path, &data, &len, error))
    return FALSE;
  return kg_lexicon_load_data (lexicon, data, len, path, error);
}

/* Returns a new NFC copy of a JSON string, or NULL (with @error) when the
 * value is not a non-empty string. */
static char *
name_dup (json_t *value, const char *what, const char *id, GError **error)
{
  const char *s = json_string_value (value);
  char *nfc = s != NULL ? g_utf8_normalize (s, -1, G_NORMALIZE_NFC) : NULL;
  if (nfc != NULL)
    g_strstrip (nfc);
  if (nfc == NULL || *nfc == '\0')
    {
      g_free (nfc);
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_LEXICON, "entry \"%s\": %s is %s", id,
                   what, json_is_string (value) ? "empty" : "not a string");
      return NULL;
    }
  return nfc;
}

static gboolean
ptr_array_has (GPtrArray *array, const char *s)
{
  for (guint i = 0; i < array->len; i++)
    if (strcmp (g_ptr_array_index (array, i), s) == 0)
      return TRUE;
  return FALSE;
}

/* Adds the strings of the JSON array @value (may be NULL) to @out. */
static gboolean
add_names (GPtrArray *out, json_t *value, const char *key, const char *id, GError **error)
{
  if (value == NULL)
    return TRUE;
  if (!json_is_array (value))
    {
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_LEXICON,
                   "entry \"%s\": \"%s\" is not an array", id, key);
      return FALSE;
    }
  size_t i;
  json_t *item;
  json_array_foreach (value, i, item)
  {
    char *name = name_dup (item, key, id, error);
    if (name == NULL)
      return FALSE;
    if (ptr_array_has (out, name))
      g_free (name);
    else
      g_ptr_array_add (out, name);
  }
  return TRUE;
}

static char *
optional_string (json_t *obj, const char *key, const char *id, GError **error)
{
  json_t *value = json_object_get (obj, key);
  if (value == NULL || json_is_null (value))
    return NULL;
  return name_dup (value, key, id, error);
}

/* A person whose English name has two words or more and no Latin short
 * form gets the last word as a weak one ("Wang" for Alexandr Wang): it
 * resolves only where the document gives the full name, or evidence. */
static void
add_surname (KgLexEntry *e)
{
  const char *en = e->name[KG_LANG_EN];
  if (e->type != KG_TYPE_PERSON || en == NULL)
    return;
  GPtrArray *lists[] = { e->short_forms, e->weak_forms };
  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    for (guint i = 0; i < lists[l]->len; i++)
      if (g_ascii_isalpha (*(const char *)g_ptr_array_index (lists[l], i)))
        return;
  const char *last = strrchr (en, ' ');
  if (last == NULL || strlen (last + 1) < 3 || !g_ascii_isupper (last[1]))
    return;
  /* "Gerard Williams III", "Martin Luther King Jr.": no surname */
  for (const char *p = last + 1; *p != '\0'; p++)
    if (!g_ascii_isalpha (*p) && *p != '-' && *p != '\'')
      return;
  if (strcmp (last + 1, "III") == 0 || strcmp (last + 1, "II") == 0)
    return;
  g_ptr_array_add (e->weak_forms, g_strdup (last + 1));
}

static KgLexEntry *
entry_parse (json_t *obj, size_t index, GError **error)
{
  json_t *jid = json_object_get (obj, "id");
  if (!json_is_object (obj) || !json_is_string (jid) || *json_string_value (jid) == '\0')
    {
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_LEXICON, "entry %zu: no \"id\"",
                   index + 1);
      return NULL;
    }
  g_autoptr (GError) local = NULL;
  KgLexEntry *e = g_new0 (KgLexEntry, 1);
  e->id = g_strdup (json_string_value (jid));
  e->aliases = g_ptr_array_new_with_free_func (g_free);
  e->short_forms = g_ptr_array_new_with_free_func (g_free);
  e->weak_forms = g_ptr_array_new_with_free_func (g_free);
  e->context = g_ptr_array_new_with_free_func (g_free);

  const char *type = json_string_value (json_object_get (obj, "type"));
  if (type == NULL || !kg_type_from_name (type, &e->type))
    g_set_error (&local, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_LEXICON,
                 "entry \"%s\": unknown type \"%s\"", e->id, type ? type : "(none)");
  static const char *const lang_keys[KG_LANG_N] = { "ko", "en" };
  for (guint i = 0; i < KG_LANG_N && local == NULL; i++)
    {
      e->name[i] = optional_string (obj, lang_keys[i], e->id, &local);
      if (e->name[i] != NULL)
        g_ptr_array_add (e->aliases, g_strdup (e->name[i]));
    }
  if (local == NULL)
    e->qid = optional_string (obj, "qid", e->id, &local);
  if (local == NULL)
    e->family = optional_string (obj, "family", e->id, &local);
  if (local == NULL)
    add_names (e->aliases, json_object_get (obj, "aliases"), "aliases", e->id, &local);
  if (local == NULL)
    add_names (e->short_forms, json_object_get (obj, "short"), "short", e->id, &local);
  if (local == NULL)
    add_names (e->weak_forms, json_object_get (obj, "weak"), "weak", e->id, &local);
  if (local == NULL)
    add_names (e->context, json_object_get (obj, "context"), "context", e->id, &local);
  if (local == NULL && e->aliases->len == 0)
    g_set_error (&local, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_LEXICON,
                 "entry \"%s\": no name (\"ko\", \"en\" or \"aliases\")", e->id);
  if (local == NULL)
    add_surname (e);
  if (local != NULL)
    {
      entry_free (e);
      g_propagate_error (error, g_steal_pointer (&local));
      return NULL;
    }
  return e;
}

static void
lexicon_put (KgLexicon *lexicon, KgLexEntry *e)
{
  KgLexEntry *old = g_hash_table_lookup (lexicon->by_id, e->id);
  /* replace (not insert): the key must become the new entry's id. */
  g_hash_table_replace (lexicon->by_id, e->id, e);
  if (old == NULL)
    {
      g_ptr_array_add (lexicon->entries, e);
      return;
    }
  guint i = 0;
  g_ptr_array_find (lexicon->entries, old, &i);
  /* In place, so the entry order stays the load order. */
  lexicon->entries->pdata[i] = e;
  entry_free (old);
}

gboolean
kg_lexicon_load_data (KgLexicon *lexicon, const char *data, gsize len, const char *name,
                      GError **error)
{
  g_return_val_if_fail (lexicon != NULL && data != NULL && name != NULL, FALSE);
  json_error_t jerr;
  json_t *root = json_loadb (data, len, JSON_REJECT_DUPLICATES, &jerr);
  if (root == NULL)
    {
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_LEXICON, "%s:%d:%d: %s", name,
                   jerr.line, jerr.column, jerr.text);
      return FALSE;
    }
  json_t *entities = json_object_get (root, "entities");
  if (!json_is_array (entities))
    {
      json_decref (root);
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_LEXICON, "%s: no \"entities\" array",
                   name);
      return FALSE;
    }
  /* Parse everything first, so a bad file changes nothing. */
  g_autoptr (GPtrArray) parsed = g_ptr_array_new_with_free_func (entry_free);
  size_t i;
  json_t *obj;
  json_array_foreach (entities, i, obj)
  {
    KgLexEntry *e = entry_parse (obj, i, error);
    if (e == NULL)
      {
        json_decref (root);
        g_prefix_error (error, "%s: ", name);
        return FALSE;
      }
    g_ptr_array_add (parsed, e);
  }
  json_decref (root);
  for (guint k = 0; k < parsed->len; k++)
    lexicon_put (lexicon, g_steal_pointer (&parsed->pdata[k]));
  return TRUE;
}

typedef struct
{
  const char *alias;
  const char *id;
} AliasPair;

static int
alias_pair_cmp (gconstpointer a, gconstpointer b)
{
  const AliasPair *x = a, *y = b;
  int c = strcmp (x->alias, y->alias);
  return c != 0 ? c : strcmp (x->id, y->id);
}

void
kg_lexicon_foreach_alias (const KgLexicon *lexicon, KgAliasFunc func, gpointer user_data)
{
  g_return_if_fail (lexicon != NULL && func != NULL);
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, sizeof (AliasPair));
  for (guint i = 0; i < lexicon->entries->len; i++)
    {
      const KgLexEntry *e = g_ptr_array_index (lexicon->entries, i);
      GPtrArray *lists[] = { e->aliases, e->short_forms, e->weak_forms };
      for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
        for (guint k = 0; k < lists[l]->len; k++)
          {
            AliasPair p = { g_ptr_array_index (lists[l], k), e->id };
            g_array_append_val (pairs, p);
          }
    }
  g_array_sort (pairs, alias_pair_cmp);
  for (guint i = 0; i < pairs->len; i++)
    {
      const AliasPair *p = &g_array_index (pairs, AliasPair, i);
      if (i > 0 && alias_pair_cmp (p, &g_array_index (pairs, AliasPair, i - 1)) == 0)
        continue;
      func (p->alias, p->id, user_data);
    }
}
