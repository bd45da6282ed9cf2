using Marsad.Ingest;
using Microsoft.Data.Sqlite;

namespace Marsad.Storage;

public sealed partial class SqliteDocumentStore
{
    /// <summary>One transaction with its statements prepared once; the ingest loop commits one per batch.</summary>
    private sealed class Writer : IStoreWriter
    {
        private readonly SqliteDocumentStore store;
        private readonly SqliteTransaction transaction;
        private readonly SqliteCommand findDocument, insertDocument, findLocation, insertLocation, moveLocation, insertVersion, insertLog;
        private bool done;

        public Writer(SqliteDocumentStore store)
        {
            this.store = store;
            store.sqliteTime.Start();
            try
            {
                transaction = store.connection.BeginTransaction();
                findDocument = Prepare("SELECT id FROM documents WHERE content_hash = $h", "$h");
                insertDocument = Prepare("""
                    INSERT INTO documents(content_hash, format, text, raw, title, published, language, metadata, ingested_at)
                    VALUES ($h, $f, $t, $r, $ti, $p, $lang, $m, $at) RETURNING id
                    """, "$h", "$f", "$t", "$r", "$ti", "$p", "$lang", "$m", "$at");
                findLocation = Prepare("SELECT id, current_document_id, current_version FROM locations WHERE locator = $l", "$l");
                insertLocation = Prepare("""
                    INSERT INTO locations(locator, current_document_id, current_version, first_seen) VALUES ($l, $d, 1, $at) RETURNING id
                    """, "$l", "$d", "$at");
                moveLocation = Prepare("UPDATE locations SET current_document_id = $d, current_version = $v WHERE id = $id", "$d", "$v", "$id");
                insertVersion = Prepare("INSERT INTO versions(location_id, version, document_id, seen_at) VALUES ($l, $v, $d, $at)", "$l", "$v", "$d", "$at");
                insertLog = Prepare("INSERT INTO ingest_log(run_id, at, source, level, message) VALUES ($r, $at, $s, $lv, $m)", "$r", "$at", "$s", "$lv", "$m");
            }
            finally
            {
                store.sqliteTime.Stop();
            }
        }

        private SqliteCommand Prepare(string sql, params string[] names)
        {
            var command = store.connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = sql;
            foreach (var name in names) command.Parameters.Add(new SqliteParameter { ParameterName = name });
            command.Prepare();
            return command;
        }

        private static object Db(object? value) => value ?? DBNull.Value;

        public StoreOutcome Put(IngestedArticle article, string language)
        {
            var hash = ContentHash.Of(article.Text);
            var metadata = MetadataJson(article);
            var now = Now();
            store.sqliteTime.Start();
            try
            {
                findDocument.Parameters[0].Value = hash;
                long? documentId = findDocument.ExecuteScalar() is long id ? id : null;
                bool newDocument = documentId is null;
                if (newDocument)
                {
                    var p = insertDocument.Parameters;
                    p[0].Value = hash;
                    p[1].Value = article.Format;
                    p[2].Value = article.Text;
                    p[3].Value = Db(article.Raw);
                    p[4].Value = Db(article.Title);
                    p[5].Value = Db(Format(article.Published));
                    p[6].Value = language;
                    p[7].Value = metadata;
                    p[8].Value = now;
                    documentId = (long)insertDocument.ExecuteScalar()!;
                }

                findLocation.Parameters[0].Value = article.Locator;
                long locationId;
                using (var reader = findLocation.ExecuteReader())
                {
                    if (!reader.Read())
                    {
                        reader.Close();
                        insertLocation.Parameters[0].Value = article.Locator;
                        insertLocation.Parameters[1].Value = documentId!.Value;
                        insertLocation.Parameters[2].Value = now;
                        locationId = (long)insertLocation.ExecuteScalar()!;
                        AddVersion(locationId, 1, documentId.Value, now);
                        return new StoreOutcome(documentId.Value, newDocument ? StoreStatus.Stored : StoreStatus.NewLocation, 1);
                    }
                    locationId = reader.GetInt64(0);
                    long current = reader.GetInt64(1);
                    int version = reader.GetInt32(2);
                    if (current == documentId) return new StoreOutcome(current, StoreStatus.Unchanged, version);
                    reader.Close();
                    int next = version + 1;
                    moveLocation.Parameters[0].Value = documentId!.Value;
                    moveLocation.Parameters[1].Value = next;
                    moveLocation.Parameters[2].Value = locationId;
                    moveLocation.ExecuteNonQuery();
                    AddVersion(locationId, next, documentId.Value, now);
                    return new StoreOutcome(documentId.Value, StoreStatus.NewVersion, next);
                }
            }
            finally
            {
                store.sqliteTime.Stop();
            }
        }

        private void AddVersion(long locationId, int version, long documentId, string now)
        {
            insertVersion.Parameters[0].Value = locationId;
            insertVersion.Parameters[1].Value = version;
            insertVersion.Parameters[2].Value = documentId;
            insertVersion.Parameters[3].Value = now;
            insertVersion.ExecuteNonQuery();
        }

        public void Log(string runId, string source, string level, string message)
        {
            store.sqliteTime.Start();
            try
            {
                var p = insertLog.Parameters;
                p[0].Value = runId;
                p[1].Value = Now();
                p[2].Value = source;
                p[3].Value = level;
                p[4].Value = message;
                insertLog.ExecuteNonQuery();
            }
            finally
            {
                store.sqliteTime.Stop();
            }
        }

        public void Commit()
        {
            store.sqliteTime.Start();
            try
            {
                transaction.Commit();
                done = true;
            }
            finally
            {
                store.sqliteTime.Stop();
            }
        }

        public void Dispose()
        {
            foreach (var command in new[] { findDocument, insertDocument, findLocation, insertLocation, moveLocation, insertVersion, insertLog })
                command.Dispose();
            if (!done) transaction.Rollback();
            transaction.Dispose();
        }
    }
}
