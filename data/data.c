/* SPDX-License-Identifier: MIT */
/* data.c: looks up kgraph's data files, first in a user folder, then in the
 * GResource bundle compiled from data/kgraph.gresource.xml (registered by
 * hand once, since static libraries drop constructor-only objects). */
#include "kg-data.h"

#include <gio/gio.h>

#include "kgraph-resources.h"

static gpointer
register_resources (gpointer unused)
{
  (void) unused;
  /* With --manual-register, kgraph_get_resource() is NULL until this runs. */
  kgraph_register_resource ();
  return NULL;
}

GBytes *
kg_data_get (const char *name, const char *data_dir, GError **error)
{
  static GOnce once = G_ONCE_INIT;

  g_return_val_if_fail (name != NULL, NULL);
  if (data_dir != NULL)
    {
      g_autofree char *path = g_build_filename (data_dir, name, NULL);
      if (g_file_test (path, G_FILE_TEST_EXISTS))
        {
          char *contents = NULL;
          gsize len = 0;
          if (!g_file_get_contents (path, &contents, &len, error))
            return NULL;
          return g_bytes_new_take (contents, len);
        }
    }
  g_once (&once, register_resources, NULL);
  g_autofree char *rpath = g_strconcat ("/dev/kgraph/", name, NULL);
  GBytes *bytes = g_resources_lookup_data (rpath, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    g_prefix_error (error, "%s: ", name);
  return bytes;
}
