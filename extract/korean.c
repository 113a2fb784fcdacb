/* SPDX-License-Identifier: MIT */
/* korean.c: loads data/korean.json (particles, abbreviations, bullets) once
 * per process with jansson, behind a mutex, and keeps it read-only for all
 * threads.  Particles are sorted longest first so a prefix scan finds the
 * longest particle. */
#include <jansson.h>
#include <string.h>

#include "extract-private.h"
#include "kg-data.h"
#include "korean.h"

static int
longest_first (gconstpointer a, gconstpointer b)
{
  const char *x = *(const char *const *)a, *y = *(const char *const *)b;
  gsize lx = strlen (x), ly = strlen (y);
  if (lx != ly)
    return lx > ly ? -1 : 1;
  return strcmp (x, y);
}

/* By first character, then longest first: kg_particle_match() binary
 * searches the first character and takes the first particle that fits. */
static int
by_first_longest (gconstpointer a, gconstpointer b)
{
  const char *x = *(const char *const *)a, *y = *(const char *const *)b;
  gunichar fx = g_utf8_get_char (x), fy = g_utf8_get_char (y);
  if (fx != fy)
    return fx < fy ? -1 : 1;
  gsize lx = strlen (x), ly = strlen (y);
  if (lx != ly)
    return lx > ly ? -1 : 1;
  return strcmp (x, y);
}

static gboolean
string_list (json_t *root, const char *key, GPtrArray *out, GError **error)
{
  json_t *array = json_object_get (root, key);
  if (!json_is_array (array))
    {
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES, "korean.json: no \"%s\" array",
                   key);
      return FALSE;
    }
  size_t i;
  json_t *item;
  json_array_foreach (array, i, item)
  {
    const char *s = json_string_value (item);
    if (s == NULL || *s == '\0')
      {
        g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES,
                     "korean.json: \"%s\"[%zu] is not a non-empty string", key, i);
        return FALSE;
      }
    g_autofree char *nfc = g_utf8_normalize (s, -1, G_NORMALIZE_NFC);
    g_ptr_array_add (out, (gpointer)g_intern_string (nfc));
  }
  return TRUE;
}

static KgKorean *
korean_load (GError **error)
{
  g_autoptr (GBytes) bytes = kg_data_get ("korean.json", NULL, error);
  if (bytes == NULL)
    return NULL;
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  json_error_t jerr;
  json_t *root = json_loadb (data, len, 0, &jerr);
  if (root == NULL)
    {
      g_set_error (error, KG_EXTRACT_ERROR, KG_EXTRACT_ERROR_RULES, "korean.json:%d:%d: %s",
                   jerr.line, jerr.column, jerr.text);
      return NULL;
    }
  g_autoptr (GPtrArray) particles = g_ptr_array_new ();
  g_autoptr (GPtrArray) abbrevs = g_ptr_array_new ();
  g_autoptr (GPtrArray) bullets = g_ptr_array_new ();
  gboolean ok = string_list (root, "particles", particles, error)
                && string_list (root, "abbreviations", abbrevs, error)
                && string_list (root, "bullets", bullets, error);
  json_decref (root);
  if (!ok)
    return NULL;
  g_ptr_array_sort (particles, by_first_longest);
  g_ptr_array_sort (bullets, longest_first);
  KgKorean *k = g_new0 (KgKorean, 1);
  k->n_particles = particles->len;
  k->particle_first = g_new (guint32, particles->len);
  k->particle_len = g_new (guint8, particles->len);
  for (guint i = 0; i < particles->len; i++)
    {
      k->particle_first[i] = g_utf8_get_char (particles->pdata[i]);
      k->particle_len[i] = MIN (strlen (particles->pdata[i]), 255);
    }
  g_ptr_array_add (particles, NULL);
  k->particles = (char **)g_ptr_array_steal (particles, NULL);
  k->n_bullets = bullets->len;
  g_ptr_array_add (bullets, NULL);
  k->bullets = (char **)g_ptr_array_steal (bullets, NULL);
  k->abbreviations = g_hash_table_new (g_str_hash, g_str_equal);
  for (guint i = 0; i < abbrevs->len; i++)
    g_hash_table_add (k->abbreviations, abbrevs->pdata[i]);
  return k;
}

typedef struct
{
  KgKorean *korean;
  GError *failure;
} Loaded;

static gpointer
load_once (gpointer unused)
{
  (void)unused;
  Loaded *l = g_new0 (Loaded, 1);
  l->korean = korean_load (&l->failure);
  return l;
}

const KgKorean *
kg_korean_get (GError **error)
{
  /* Loaded once and kept for the life of the process (it is small); g_once
   * makes later calls lock-free.  A load error is reported to every caller. */
  static GOnce once = G_ONCE_INIT;
  const Loaded *l = g_once (&once, load_once, NULL);
  if (l->korean == NULL && error != NULL)
    *error = g_error_copy (l->failure);
  return l->korean;
}
