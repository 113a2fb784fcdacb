/* SPDX-License-Identifier: MIT */
/* registry.c: the one table of exporters (name, file extensions, drawn or
 * not, function), looked up by --format name or by an output path's
 * extension; plus the out stage's error domain. */
#include <string.h>

#include "exporters.h"

G_DEFINE_QUARK (kg-out-error-quark, kg_out_error)

static const KgExporter exporters[] = {
  { "svg", ".svg", TRUE, kg_export_svg },
  { "dot", ".dot .gv", TRUE, kg_export_dot },
  { "png", ".png", TRUE, kg_export_png },
  { "pdf", ".pdf", TRUE, kg_export_pdf },
  { "jsonld", ".jsonld .json-ld", FALSE, kg_export_jsonld },
  { "graphml", ".graphml", FALSE, kg_export_graphml },
  { "nt", ".nt .ntriples", FALSE, kg_export_ntriples },
};

const KgExporter *
kg_exporters (guint *n)
{
  g_return_val_if_fail (n != NULL, NULL);
  *n = G_N_ELEMENTS (exporters);
  return exporters;
}

const KgExporter *
kg_exporter_lookup (const char *name)
{
  g_return_val_if_fail (name != NULL, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (exporters); i++)
    if (g_ascii_strcasecmp (exporters[i].name, name) == 0)
      return &exporters[i];
  return NULL;
}

/* TRUE when the space-separated list \p extensions holds \p ext (".svg"). */
static gboolean
has_extension (const char *extensions, const char *ext)
{
  g_auto (GStrv) list = g_strsplit (extensions, " ", -1);
  for (char **e = list; *e != NULL; e++)
    if (g_ascii_strcasecmp (*e, ext) == 0)
      return TRUE;
  return FALSE;
}

const KgExporter *
kg_exporter_for_path (const char *path)
{
  g_return_val_if_fail (path != NULL, NULL);
  g_autofree char *base = g_path_get_basename (path);
  const char *dot = strrchr (base, '.');
  if (dot == NULL || dot == base)
    return NULL;
  for (gsize i = 0; i < G_N_ELEMENTS (exporters); i++)
    if (has_extension (exporters[i].extensions, dot))
      return &exporters[i];
  return NULL;
}
