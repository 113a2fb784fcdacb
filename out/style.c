/* SPDX-License-Identifier: MIT */
/* style.c: reads style.json with jansson into one immutable KgStyle per data
 * folder, kept for the life of the process (a mutex guards the cache).
 * Every string is copied into one GStringChunk; every type, predicate and
 * status must be present, and colours must be #rrggbb, because Graphviz
 * 2.42 rejects #rgb and would silently draw black. */
#include <math.h>
#include <string.h>

#include <jansson.h>

#include "kg-data.h"
#include "style.h"

static const char *const status_names[KG_STATUS_N] = { "stated", "reported", "planned" };

typedef struct {
  GStringChunk *chunk;
  GError **error;
} Loader;

static gboolean
fail (Loader *l, const char *what, const char *key)
{
  if (l->error != NULL && *l->error == NULL)
    g_set_error (l->error, KG_OUT_ERROR, KG_OUT_ERROR_STYLE, "style.json: %s \"%s\"", what, key);
  return FALSE;
}

/* @return the string \p key of \p obj, copied into the chunk, or NULL (and
 * an error) when it is missing */
static const char *
get_str (Loader *l, json_t *obj, const char *key)
{
  const char *s = json_string_value (json_object_get (obj, key));
  if (s == NULL || !g_utf8_validate (s, -1, NULL))
    {
      fail (l, "missing or invalid string", key);
      return NULL;
    }
  return g_string_chunk_insert_const (l->chunk, s);
}

static gboolean
is_rrggbb (const char *s)
{
  if (s == NULL || strlen (s) != 7 || s[0] != '#')
    return FALSE;
  for (int i = 1; i < 7; i++)
    if (!g_ascii_isxdigit (s[i]))
      return FALSE;
  return TRUE;
}

/* Shapes and line styles are Graphviz keywords: letters, digits, commas. */
static gboolean
is_keyword (const char *s)
{
  if (s == NULL || *s == '\0')
    return FALSE;
  for (; *s != '\0'; s++)
    if (!g_ascii_isalnum (*s) && *s != ',')
      return FALSE;
  return TRUE;
}

static const char *
get_color (Loader *l, json_t *obj, const char *key)
{
  const char *s = get_str (l, obj, key);
  if (s != NULL && !is_rrggbb (s))
    {
      fail (l, "colour is not #rrggbb:", s);
      return NULL;
    }
  return s;
}

static const char *
get_keyword (Loader *l, json_t *obj, const char *key)
{
  const char *s = get_str (l, obj, key);
  if (s != NULL && !is_keyword (s))
    {
      fail (l, "not a Graphviz keyword:", s);
      return NULL;
    }
  return s;
}

static double
get_num (Loader *l, json_t *obj, const char *key, double lo, double hi)
{
  json_t *v = json_object_get (obj, key);
  double d = json_is_number (v) ? json_number_value (v) : NAN;
  if (!(d >= lo && d <= hi))
    fail (l, "missing or out-of-range number", key);
  return d;
}

static gboolean
get_langs (Loader *l, json_t *obj, const char *labels[KG_LANG_N])
{
  for (int lang = 0; lang < KG_LANG_N; lang++)
    labels[lang] = get_str (l, obj, kg_lang_name (lang));
  return labels[KG_LANG_KO] != NULL && labels[KG_LANG_EN] != NULL;
}

static json_t *
get_obj (Loader *l, json_t *obj, const char *key)
{
  json_t *v = json_object_get (obj, key);
  if (!json_is_object (v))
    fail (l, "missing object", key);
  return json_is_object (v) ? v : NULL;
}

static gboolean
load_types (Loader *l, json_t *root, KgStyle *st)
{
  json_t *types = get_obj (l, root, "types");
  for (int t = 0; types != NULL && t < KG_TYPE_N; t++)
    {
      json_t *o = get_obj (l, types, kg_type_name (t));
      if (o == NULL)
        return FALSE;
      KgTypeStyle *ts = &st->types[t];
      ts->shape = get_keyword (l, o, "shape");
      ts->style = get_keyword (l, o, "style");
      ts->fill = get_color (l, o, "fill");
      ts->color = get_color (l, o, "color");
      get_langs (l, o, ts->label);
    }
  json_t *d = get_obj (l, root, "discovered");
  if (d != NULL)
    {
      st->discovered.style = get_keyword (l, d, "style");
      st->discovered.color = get_color (l, d, "color");
      get_langs (l, d, st->discovered.label);
    }
  return types != NULL && d != NULL;
}

static gboolean
load_edges (Loader *l, json_t *root, KgStyle *st)
{
  json_t *preds = get_obj (l, root, "predicates");
  for (int p = 0; preds != NULL && p < KG_PRED_N; p++)
    {
      json_t *o = get_obj (l, preds, kg_predicate_name (p));
      if (o == NULL)
        return FALSE;
      get_langs (l, o, st->predicates[p].label);
      st->predicates[p].color = get_color (l, o, "color");
    }
  json_t *status = get_obj (l, root, "status");
  for (int s = 0; status != NULL && s < KG_STATUS_N; s++)
    {
      json_t *o = get_obj (l, status, status_names[s]);
      if (o == NULL)
        return FALSE;
      st->status[s].style = get_keyword (l, o, "style");
      get_langs (l, o, st->status[s].label);
    }
  json_t *pen = get_obj (l, root, "penwidth");
  if (pen != NULL)
    {
      st->pen_min = get_num (l, pen, "min", 0.1, 20);
      st->pen_step = get_num (l, pen, "step", 0, 20);
      st->pen_max = get_num (l, pen, "max", st->pen_min, 40);
    }
  return preds != NULL && status != NULL && pen != NULL;
}

static gboolean
load_texts (Loader *l, json_t *root, KgStyle *st)
{
  st->font = get_str (l, root, "font");
  json_t *size = get_obj (l, root, "fontsize");
  if (size != NULL)
    {
      st->node_size = get_num (l, size, "node", 4, 72);
      st->edge_size = get_num (l, size, "edge", 4, 72);
      st->title_size = get_num (l, size, "title", 4, 144);
      st->legend_size = get_num (l, size, "legend", 4, 72);
    }
  json_t *title = get_obj (l, root, "title");
  json_t *view = get_obj (l, root, "view");
  json_t *legend = get_obj (l, root, "legend");
  json_t *tip = get_obj (l, root, "tooltip");
  if (title == NULL || view == NULL || legend == NULL || tip == NULL)
    return FALSE;
  get_langs (l, title, st->title);
  for (int lang = 0; lang < KG_LANG_N; lang++)
    {
      json_t *o = get_obj (l, view, kg_lang_name (lang));
      if (o == NULL)
        return FALSE;
      st->view_focus[lang] = get_str (l, o, "focus");
      st->view_omitted[lang] = get_str (l, o, "omitted");
      st->view_outside[lang] = get_str (l, o, "outside");
      st->view_isolated[lang] = get_str (l, o, "isolated");
      st->view_cut[lang] = get_str (l, o, "cut");
      st->view_unrelated[lang] = get_str (l, o, "unrelated");
      o = get_obj (l, legend, kg_lang_name (lang));
      if (o == NULL)
        return FALSE;
      st->legend_types[lang] = get_str (l, o, "types");
      st->legend_lines[lang] = get_str (l, o, "lines");
      st->legend_width[lang] = get_str (l, o, "width");
      if ((o = get_obj (l, tip, kg_lang_name (lang))) == NULL)
        return FALSE;
      st->tip_names[lang] = get_str (l, o, "names");
      st->tip_mentions[lang] = get_str (l, o, "mentions");
      st->tip_sources[lang] = get_str (l, o, "sources");
    }
  return TRUE;
}

static KgStyle *
style_load (const char *data_dir, GStringChunk *chunk, GError **error)
{
  g_autoptr (GBytes) bytes = kg_data_get ("style.json", data_dir, error);
  if (bytes == NULL)
    return NULL;
  gsize len = 0;
  const char *data = g_bytes_get_data (bytes, &len);
  json_error_t jerr;
  json_t *root = json_loadb (data, len, 0, &jerr);
  if (!json_is_object (root))
    {
      g_set_error (error, KG_OUT_ERROR, KG_OUT_ERROR_STYLE, "style.json:%d: %s", jerr.line,
                   root == NULL ? jerr.text : "not a JSON object");
      json_decref (root);
      return NULL;
    }
  g_autofree KgStyle *st = g_new0 (KgStyle, 1);
  Loader l = { chunk, error };
  GError *local = NULL;
  if (error == NULL)
    l.error = &local;
  load_types (&l, root, st);
  load_edges (&l, root, st);
  load_texts (&l, root, st);
  json_decref (root);
  gboolean ok = *l.error == NULL;
  g_clear_error (&local);
  return ok ? g_steal_pointer (&st) : NULL;
}

const KgStyle *
kg_style_get (const char *data_dir, GError **error)
{
  static GMutex lock;
  static GHashTable *cache; /* data folder ("" for none) -> KgStyle */
  static GStringChunk *chunk;

  G_GNUC_UNUSED g_autoptr (GMutexLocker) locker = g_mutex_locker_new (&lock);
  if (cache == NULL)
    {
      cache = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
      chunk = g_string_chunk_new (4096);
    }
  const char *key = data_dir != NULL ? data_dir : "";
  KgStyle *st = g_hash_table_lookup (cache, key);
  if (st == NULL)
    {
      st = style_load (data_dir, chunk, error);
      if (st != NULL)
        g_hash_table_insert (cache, g_strdup (key), st);
    }
  return st;
}

double
kg_style_penwidth (const KgStyle *style, guint evidence_count)
{
  double w = style->pen_min + style->pen_step * log2 (MAX (evidence_count, 1u));
  return MIN (w, style->pen_max);
}
