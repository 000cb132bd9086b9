package org.factline.knowledge.search;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFileNames;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.Lock;

/**
 * The folder a {@link SearchIndex} lives in: made when missing, checked to hold an index this version reads, and
 * what to tell the user when it cannot be used.
 */
final class IndexFolder {

    private IndexFolder() {
    }

    /** The folder, created as needed, with an index of the current schema or none. */
    static Directory forWriting(Path folder) throws IOException {
        prepare(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            if (DirectoryReader.indexExists(directory)) {
                checkSchema(directory, folder);
            }
            return directory;
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** The folder, created as needed, without the files of an index Lucene cannot read (damaged, other version). */
    static Directory forWritingAnew(Path folder) throws IOException {
        prepare(folder);
        Directory directory = FSDirectory.open(folder);
        try {
            deleteIfUnreadable(directory);
            return directory;
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    /** Whether the folder holds an index, readable or not; false when the folder is missing or empty. */
    static boolean holdsIndex(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Directory directory = FSDirectory.open(folder)) {
            return DirectoryReader.indexExists(directory);
        }
    }

    /** The folder's index, which must exist. */
    static Directory forReading(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            throw missing(folder);
        }
        Directory directory = FSDirectory.open(folder);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                throw missing(folder);
            }
            checkSchema(directory, folder);
            return directory;
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    static SearchIndexException locked(Path folder, IOException cause) {
        return new SearchIndexException("Cannot open the search index in " + folder + " for writing: another "
                + "factline command is using it (it holds " + folder.resolve(IndexWriter.WRITE_LOCK_NAME)
                + "). Wait for it to finish; searching needs no lock.", cause);
    }

    static SearchIndexException unreadable(Path folder, IOException cause) {
        String why = switch (cause) {
            case CorruptIndexException corrupt -> "it is damaged";
            case IndexFormatTooOldException old -> "it was made by an older Lucene";
            case IndexFormatTooNewException tooNew -> "it was made by a newer Lucene";
            case AccessDeniedException denied -> "permission denied on " + denied.getFile();
            default -> cause.getMessage();
        };
        return new SearchIndexException("Cannot read the search index in " + folder + ": " + why
                + "; rebuild it with factline reindex", cause);
    }

    private static SearchIndexException missing(Path folder) {
        return new SearchIndexException("There is no search index in " + folder
                + " yet: it is made as articles are stored, or by factline reindex");
    }

    private static void checkSchema(Directory directory, Path folder) throws IOException {
        String schema = SegmentInfos.readLatestCommit(directory).getUserData().get(IndexFields.SCHEMA_KEY);
        if (!IndexFields.SCHEMA.equals(schema)) {
            throw new SearchIndexException("The search index in " + folder + " was made by another version of "
                    + "Factline (schema " + schema + ", this one reads " + IndexFields.SCHEMA + "): rebuild it with "
                    + "factline reindex");
        }
    }

    /** Even a writer that starts anew reads the last commit, and fails on one it cannot read: delete it first. */
    private static void deleteIfUnreadable(Directory directory) throws IOException {
        try (Lock lock = directory.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            if (!DirectoryReader.indexExists(directory)) {
                return;
            }
            try {
                SegmentInfos.readLatestCommit(directory);
                return;
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException
                     | EOFException e) {
                // Unreadable: its files go.
            }
            lock.ensureValid();
            for (String file : directory.listAll()) {
                if (file.startsWith(IndexFileNames.SEGMENTS) || file.startsWith(IndexFileNames.PENDING_SEGMENTS)
                        || IndexFileNames.CODEC_FILE_PATTERN.matcher(file).matches()) {
                    directory.deleteFile(file);
                }
            }
        }
    }

    private static void prepare(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw unusable(folder, "it is a file");
        }
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw unusable(folder, "permission denied on " + e.getFile());
        } catch (FileSystemException e) {
            throw unusable(folder, e.getFile() + (e.getReason() == null ? "" : ": " + e.getReason()));
        } catch (IOException e) {
            throw unusable(folder, String.valueOf(e.getMessage()));
        }
    }

    private static SearchIndexException unusable(Path folder, String why) {
        return new SearchIndexException("Cannot use " + folder + " as the search index folder: " + why);
    }
}
