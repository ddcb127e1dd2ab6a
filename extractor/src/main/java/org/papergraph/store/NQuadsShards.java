package org.papergraph.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.papergraph.model.Extraction;
import org.papergraph.rdf.ExtractionMapper;

/**
 * Writes extractions as gzipped N-Quads shards into a directory, {@code part-00000.nq.gz}, {@code part-00001.nq.gz},
 * … of a fixed number of papers each, streaming (one shard open at a time), so that a database can be rebuilt
 * with {@code load DIR} without extracting again. A shard is written under a temporary name and renamed when
 * complete, so a directory never holds a half-written shard under a shard's name. Not thread-safe.
 */
public final class NQuadsShards implements AutoCloseable {
    private final Path directory;
    private final int papersPerShard;
    private final ExtractionMapper mapper = new ExtractionMapper();
    private OutputStream out;
    private StreamRDF stream;
    private Path partial;
    private int shard;
    private int inShard;

    /**
     * @throws IOException when the directory cannot be created, or it holds shards already (refused, so that
     *                     shards of two runs are never mixed)
     */
    public NQuadsShards(Path directory, int papersPerShard) throws IOException {
        this.directory = directory;
        this.papersPerShard = papersPerShard;
        Files.createDirectories(directory);
        try (Stream<Path> entries = Files.list(directory)) {
            if (entries.anyMatch(p -> isShard(p.getFileName().toString()))) {
                throw new IOException(directory + " holds shards (part-*.nq.gz) already; remove them or choose another directory");
            }
        }
    }

    static boolean isShard(String name) {
        return name.toLowerCase(Locale.ROOT).matches("part-\\d+\\.nq(\\.gz)?");
    }

    /** The name of shard {@code n}. */
    public static String shardName(int n) {
        return String.format(Locale.ROOT, "part-%05d.nq.gz", n);
    }

    public void write(Extraction extraction) {
        try {
            if (stream == null) openShard();
            mapper.write(extraction, stream);
            if (++inShard == papersPerShard) closeShard();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Shards written so far (complete or open). */
    public int shards() {
        return shard + (stream == null ? 0 : 1);
    }

    private void openShard() throws IOException {
        partial = directory.resolve(shardName(shard) + ".partial");
        out = new BufferedOutputStream(new GZIPOutputStream(Files.newOutputStream(partial), 1 << 16), 1 << 16);
        stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
        stream.start();
        inShard = 0;
    }

    private void closeShard() throws IOException {
        stream.finish();
        out.close();
        Files.move(partial, directory.resolve(shardName(shard)), java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        stream = null;
        shard++;
    }

    @Override
    public void close() throws IOException {
        if (stream != null) closeShard();
    }
}
