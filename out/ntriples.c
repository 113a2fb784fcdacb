/* SPDX-License-Identifier: MIT */
/* ntriples.c: the N-Triples exporter.  It walks the very JSON-LD tree that
 * jsonld.c writes (kg_jsonld_build) and expands it with the inline context,
 * so both formats carry the same triples.  Literals and IRIs are escaped by
 * the N-Triples grammar; blank nodes are numbered in visiting order (_:b0,
 * _:b1, ...), so the output is the same from run to run. */
#include <string.h>

#include "exporters.h"
#include "jsonld-private.h"

typedef struct {
  json_t *context; /* the inline @context */
  FILE *out;
  guint blank;     /* next blank node number */
} Writer;

/* Expands a term or compact IRI; \p vocab says whether a bare term is
 * relative to @vocab (properties, types) or already an IRI (@id values). */
static char *
expand (const Writer *w, const char *term, gboolean vocab)
{
  const char *colon = strchr (term, ':');
  if (colon != NULL)
    {
      g_autofree char *prefix = g_strndup (term, colon - term);
      const char *ns = json_string_value (json_object_get (w->context, prefix));
      if (ns != NULL && strncmp (colon + 1, "//", 2) != 0)
        return g_strconcat (ns, colon + 1, NULL);
      return g_strdup (term);
    }
  if (vocab)
    return g_strconcat (json_string_value (json_object_get (w->context, "@vocab")), term, NULL);
  return g_strdup (term);
}

/* TRUE if the context types \p key's values as IRIs. */
static gboolean
is_iri_term (const Writer *w, const char *key)
{
  json_t *def = json_object_get (w->context, key);
  return json_is_object (def) && g_strcmp0 (json_string_value (json_object_get (def, "@type")),
                                            "@id") == 0;
}

static void
put_iri (GString *s, const char *iri)
{
  g_string_append_c (s, '<');
  for (const char *p = iri; *p != '\0'; p++)
    {
      guchar c = *p;
      if (c <= 0x20 || strchr ("<>\"{}|^`\\", c) != NULL)
        g_string_append_printf (s, "\\u%04X", c);
      else
        g_string_append_c (s, c);
    }
  g_string_append_c (s, '>');
}

static void
put_string (GString *s, const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  g_string_append_c (s, '"');
  for (const char *p = valid; *p != '\0'; p++)
    {
      guchar c = *p;
      switch (c)
        {
        case '\\': g_string_append (s, "\\\\"); break;
        case '"': g_string_append (s, "\\\""); break;
        case '\n': g_string_append (s, "\\n"); break;
        case '\r': g_string_append (s, "\\r"); break;
        case '\t': g_string_append (s, "\\t"); break;
        default:
          if (c < 0x20 || c == 0x7f)
            g_string_append_printf (s, "\\u%04X", c);
          else
            g_string_append_c (s, c);
        }
    }
  g_string_append_c (s, '"');
}

static void put_node (Writer *w, json_t *node, GString *subject);

/* Appends the N-Triples form of one value of property \p key to \p s. */
static void
put_value (Writer *w, const char *key, json_t *v, GString *s)
{
  if (json_is_string (v) && is_iri_term (w, key))
    {
      g_autofree char *iri = expand (w, json_string_value (v), FALSE);
      put_iri (s, iri);
    }
  else if (json_is_string (v))
    put_string (s, json_string_value (v));
  else if (json_is_integer (v))
    g_string_append_printf (s, "\"%" JSON_INTEGER_FORMAT "\"^^<" KG_XSD_NS "integer>",
                            json_integer_value (v));
  else if (json_is_boolean (v))
    g_string_append_printf (s, "\"%s\"^^<" KG_XSD_NS "boolean>",
                            json_is_true (v) ? "true" : "false");
  else if (json_is_object (v) && json_object_get (v, "@value") != NULL)
    {
      put_string (s, json_string_value (json_object_get (v, "@value")));
      const char *lang = json_string_value (json_object_get (v, "@language"));
      const char *type = json_string_value (json_object_get (v, "@type"));
      if (lang != NULL)
        g_string_append_printf (s, "@%s", lang);
      else if (type != NULL)
        {
          g_autofree char *iri = expand (w, type, TRUE);
          g_string_append (s, "^^");
          put_iri (s, iri);
        }
    }
  else if (json_is_object (v))
    put_node (w, v, s);
  else
    g_return_if_reached (); /* the tree holds no reals or nulls */
}

static void
put_triple (Writer *w, const char *subject, const char *pred_iri, const char *object)
{
  g_autoptr (GString) line = g_string_new (subject);
  g_string_append_c (line, ' ');
  put_iri (line, pred_iri);
  g_string_append_printf (line, " %s .\n", object);
  fputs (line->str, w->out);
}

/* Writes the triples of \p node and appends its own name to \p subject. */
static void
put_node (Writer *w, json_t *node, GString *subject)
{
  g_autoptr (GString) self = g_string_new (NULL);
  const char *id = json_string_value (json_object_get (node, "@id"));
  if (id != NULL)
    {
      g_autofree char *iri = expand (w, id, FALSE);
      put_iri (self, iri);
    }
  else
    g_string_printf (self, "_:b%u", w->blank++);
  g_string_append (subject, self->str);

  const char *key;
  json_t *value;
  json_object_foreach (node, key, value)
    {
      if (strcmp (key, "@id") == 0)
        continue;
      gboolean is_type = strcmp (key, "@type") == 0;
      g_autofree char *pred = is_type ? g_strdup (KG_RDF_NS "type") : expand (w, key, TRUE);
      json_t *list = json_is_array (value) ? json_incref (value) : json_pack ("[O]", value);
      size_t i;
      json_t *v;
      json_array_foreach (list, i, v)
        {
          g_autoptr (GString) object = g_string_new (NULL);
          if (is_type)
            {
              g_autofree char *iri = expand (w, json_string_value (v), TRUE);
              put_iri (object, iri);
            }
          else
            put_value (w, key, v, object);
          put_triple (w, self->str, pred, object->str);
        }
      json_decref (list);
    }
}

gboolean
kg_export_ntriples (const KgGraph *graph, const KgOutOptions *options, FILE *out,
                    GError **error)
{
  g_return_val_if_fail (graph != NULL && out != NULL, FALSE);
  json_t *root = kg_jsonld_build (graph);
  Writer w = { json_object_get (root, "@context"), out, 0 };
  size_t i;
  json_t *node;
  json_array_foreach (json_object_get (root, "@graph"), i, node)
    {
      g_autoptr (GString) ignored = g_string_new (NULL);
      put_node (&w, node, ignored);
    }
  json_decref (root);
  if (ferror (out))
    return kg_out_fail_stream (error);
  return TRUE;
}
