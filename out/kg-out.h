/* SPDX-License-Identifier: MIT */
/**
 * @file kg-out.h
 * @brief The out stage: exporters, the JSON-LD reader, and explain.
 *
 * Every exporter has one signature and one row in one table (out/registry.c),
 * so a new format is one new file and one row.  Exporters read the graph
 * through kg-graph.h only.  kg_export_file() writes any of them atomically:
 * to a temporary file in the target folder, fsync, rename.
 */
#ifndef KG_OUT_H
#define KG_OUT_H

#include <stdio.h>

#include <glib.h>

#include "kg-graph.h"

G_BEGIN_DECLS

/** Options shared by the exporters. */
typedef struct {
  KgLang lang;            /**< language of labels (names and predicates) */
  const char *title;      /**< (nullable) corpus name shown in the diagram title */
  const char *layout;     /**< (nullable) Graphviz engine; NULL picks dot or sfdp by size */
  const char *data_dir;   /**< (nullable) folder whose style.json replaces the embedded one */
  KgViewDropped dropped;  /**< entities the view left out, and why, said in the title */
  const char *focus;      /**< (nullable) the name the view is centred on, said in the title */
  guint depth;            /**< hops around \p focus */
} KgOutOptions;

/** Writes \p graph to \p out.  @return FALSE with \p error on failure. */
typedef gboolean (*KgExportFunc) (const KgGraph *graph, const KgOutOptions *options, FILE *out,
                                  GError **error);

/** One row of the exporter table. */
typedef struct {
  const char *name;       /**< "svg", "dot", "jsonld", ... as --format takes */
  const char *extensions; /**< space-separated, with dots: ".dot .gv" */
  gboolean diagram;       /**< TRUE for drawn formats, which show a filtered view by default */
  KgExportFunc write;     /**< the exporter */
} KgExporter;

/**
 * @param n (out): the number of exporters
 * @return (transfer none): the exporter table
 */
const KgExporter *kg_exporters (guint *n);
/** @return (transfer none) (nullable): the exporter named \p name */
const KgExporter *kg_exporter_lookup (const char *name);
/** @return (transfer none) (nullable): the exporter for \p path's extension */
const KgExporter *kg_exporter_for_path (const char *path);

/**
 * Writes \p graph with \p exporter to \p path atomically ("-" is stdout): a
 * temporary file in the same folder, fsync, rename.  On failure nothing is
 * left behind and an existing \p path is untouched.
 */
gboolean kg_export_file (const KgExporter *exporter, const KgGraph *graph,
                         const KgOutOptions *options, const char *path, GError **error);

/**
 * Reads a graph that kgraph wrote as JSON-LD.  Rejects other JSON with a
 * clear error.
 * @return (transfer full): the graph, or NULL with \p error
 */
KgGraph *kg_jsonld_read_file (const char *path, GError **error);
/** Same as kg_jsonld_read_file(), from memory; \p name is used in messages. */
KgGraph *kg_jsonld_read_data (const char *data, gsize len, const char *name, GError **error);

/**
 * Prints the relations of the entity \p name (or, with \p other, those between
 * the two) with their evidence sentences and sources, for a terminal.
 * @return FALSE with \p error when a name matches no entity
 */
gboolean kg_explain (const KgGraph *graph, const char *name, const char *other,
                     const KgOutOptions *options, FILE *out, GError **error);

/** Error domain of the out stage. */
#define KG_OUT_ERROR (kg_out_error_quark ())
/** @return the GQuark of KG_OUT_ERROR */
GQuark kg_out_error_quark (void);
/** Error codes in KG_OUT_ERROR. */
typedef enum {
  KG_OUT_ERROR_WRITE,  /**< writing or renaming the output failed */
  KG_OUT_ERROR_RENDER, /**< Graphviz failed to lay out or render */
  KG_OUT_ERROR_FORMAT, /**< an input graph is not kgraph JSON-LD */
  KG_OUT_ERROR_STYLE   /**< style.json is malformed */
} KgOutError;

G_END_DECLS

#endif /* KG_OUT_H */
