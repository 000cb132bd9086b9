package org.factline.spark;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.factline.ingest.read.Format;

/**
 * The files a job reads, listed on the driver through Hadoop's file systems (local folders, HDFS, S3 …) by
 * the rules of {@code factline ingest}: a file as it is, a folder walked recursively for article files
 * (hidden ones skipped, in name order), a glob pattern. A file is named as {@code factline ingest} names it
 * (the argument, or the argument followed by the path inside the folder), so that articles get the same doc
 * names and source locations from either runner.
 */
final class InputFiles {

    /**
     * One file to read.
     *
     * @param index its position among all the job's files, which orders its articles as a single process would
     * @param name  how outputs name it
     * @param uri   where the tasks open it
     */
    record InputFile(int index, String name, String uri) implements Serializable {
    }

    record Listing(List<InputFile> files, List<Problem> problems) {
    }

    record Problem(String argument, String reason) {
    }

    private InputFiles() {
    }

    static Listing list(List<String> arguments, Configuration conf) {
        List<InputFile> files = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                problems.add(new Problem(argument, "a Spark job cannot read standard input: write it to a file"));
                continue;
            }
            try {
                List<String[]> found = list(argument, conf);
                if (found.isEmpty()) {
                    problems.add(new Problem(argument, "names no article file (.txt, .jsonl, .html, .xml, .rss,"
                            + " .atom, .warc, .warc.gz)"));
                }
                for (String[] f : found) {
                    files.add(new InputFile(files.size(), f[0], f[1]));
                }
            } catch (IOException | IllegalArgumentException e) {
                problems.add(new Problem(argument, "cannot read: " + e.getMessage()));
            }
        }
        return new Listing(List.copyOf(files), List.copyOf(problems));
    }

    /** Name and URI of each file the argument names. */
    private static List<String[]> list(String argument, Configuration conf) throws IOException {
        Path path = new Path(argument);
        FileSystem fs = path.getFileSystem(conf);
        List<String[]> found = new ArrayList<>();
        if (isGlob(argument)) {
            FileStatus[] matches = fs.globStatus(path);
            if (matches != null) {
                for (FileStatus s : matches) {
                    if (s.isFile() && Format.isArticleFileName(s.getPath().getName())) {
                        found.add(new String[] {Path.getPathWithoutSchemeAndAuthority(s.getPath()).toString(),
                                s.getPath().toUri().toString()});
                    }
                }
            }
            found.sort(Comparator.comparing(f -> f[0]));
            return found;
        }
        FileStatus status;
        try {
            status = fs.getFileStatus(path);
        } catch (java.io.FileNotFoundException e) {
            throw new IOException("no such file or folder");
        }
        if (status.isFile()) {
            found.add(new String[] {argument, status.getPath().toUri().toString()});
            return found;
        }
        String root = fs.makeQualified(path).toUri().getPath();
        String prefix = argument.endsWith("/") ? argument.substring(0, argument.length() - 1) : argument;
        RemoteIterator<LocatedFileStatus> walk = fs.listFiles(path, true);
        while (walk.hasNext()) {
            LocatedFileStatus s = walk.next();
            String relative = s.getPath().toUri().getPath().substring(root.length()).replaceFirst("^/", "");
            if (Format.isArticleFileName(s.getPath().getName()) && !isHidden(relative)) {
                found.add(new String[] {prefix + "/" + relative, s.getPath().toUri().toString()});
            }
        }
        found.sort(Comparator.comparing(f -> f[0]));
        return found;
    }

    private static boolean isHidden(String relative) {
        for (String part : relative.split("/")) {
            if (part.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGlob(String argument) {
        return argument.contains("*") || argument.contains("?") || argument.contains("[") || argument.contains("{");
    }
}
