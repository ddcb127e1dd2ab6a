package org.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bench} and {@code bench extract} on three abstracts: they run, print every figure, and check their options. No timing is asserted. */
class BenchCommandTest {
    @TempDir
    static Path dir;
    static Path tiny;

    @BeforeAll
    static void writeThreeAbstracts() throws Exception {
        tiny = dir.resolve("tiny.jsonl");
        Files.writeString(tiny, String.join("\n",
                "{\"id\":\"a\",\"title\":\"FooNet for image classification\",\"abstract\":\"We propose FooNet, a convolutional network. FooNet reaches 81.2% top-1 accuracy on ImageNet, 2.1% above ResNet-50.\"}",
                "{\"id\":\"b\",\"title\":\"Distilling BERT\",\"abstract\":\"We distill BERT into a small model that keeps 97% of its GLUE score while being 60% faster.\"}",
                "{\"id\":\"c\",\"title\":\"A study of LoRA\",\"abstract\":\"LoRA adapts LLaMA with few parameters. We evaluate it on MMLU and report accuracy.\"}") + "\n",
                StandardCharsets.UTF_8);
    }

    @Test
    void benchExtractPrintsBothSidesPerThreadCountTheRatioSpeedUpHeapAndLoadTimes() throws Exception {
        Path md = dir.resolve("benchmarks.md");
        CliTest.Run r = CliTest.run("bench", "extract", tiny.toString(), "--rounds", "1", "--warmup", "0", "--repeat", "1",
                "--threads", "1,2", "--markdown", md.toString());
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("input: 3 abstracts"), r.out());
        assertTrue(r.out().contains("floor: bare OpenNLP sentence+token+POS tagging, loaded in"), r.out());
        assertTrue(r.out().contains("extractor: rules extractor (papergraph), loaded in"), r.out());
        assertTrue(r.out().contains("threads  floor abstracts/s  extraction abstracts/s  ratio  floor peak heap MB  extraction peak heap MB"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("1 +\\d+ +\\d+ +\\d+\\.\\d\\d +\\d+ +\\d+")), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("2 +\\d+ +\\d+ +\\d+\\.\\d\\d +\\d+ +\\d+")), r.out());
        assertTrue(r.out().contains("speed-up 1 -> 2 threads: extraction "), r.out());
        String section = Files.readString(md, StandardCharsets.UTF_8);
        assertTrue(section.startsWith("\n### bench extract (rules), 20"), section);
        assertTrue(section.contains("- machine: " + Runtime.getRuntime().availableProcessors() + " cores, max heap"), section);
        assertTrue(section.contains("- command: `papergraph bench extract " + tiny), section);
        assertTrue(section.contains("| threads | floor abstracts/s |"), section);
    }

    @Test
    void benchWithoutASubcommandIsBenchExtract() {
        CliTest.Run r = CliTest.run("bench", tiny.toString(), "--rounds", "1", "--warmup", "0", "--repeat", "1", "--threads", "1");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("floor: bare OpenNLP"), r.out());
        assertTrue(r.out().lines().anyMatch(l -> l.matches("1 +\\d+ +\\d+ +\\d+\\.\\d\\d +\\d+ +\\d+")), r.out());
    }

    @Test
    void theLearnedExtractorIsMeasuredAgainstTheBareEncoderPass() {
        CliTest.Run r = CliTest.run("bench", "extract", tiny.toString(), "--extractor", "learned", "--rounds", "1", "--warmup", "0",
                "--repeat", "1", "--threads", "1");
        assertEquals(ExitCodes.OK, r.exit(), r.err());
        assertTrue(r.out().contains("floor: bare encoder forward pass"), r.out());
        assertTrue(r.out().contains("extractor: learned extractor"), r.out());
    }

    @Test
    void badOptionsAreUsageErrors() {
        for (String[] args : new String[][] {
                {"bench", "extract", "--threads", "0"},
                {"bench", "extract", "--threads", "1,two"},
                {"bench", "extract", "--rounds", "0"},
                {"bench", "--repeat", "-1"},
                {"bench", "extract", "--extractor", "magic"},
                {"bench", "query"},
                {"bench", "query", "--db", "x", "--rounds", "0"},
                {"bench", "query", "--db", "x", "--warmup", "-1"},
        }) {
            CliTest.Run r = CliTest.run(args);
            assertEquals(ExitCodes.USAGE, r.exit(), String.join(" ", args) + ": " + r.err());
        }
        assertEquals(ExitCodes.NO_INPUT, CliTest.run("bench", "extract", "no/such/file.jsonl").exit());
        assertEquals(ExitCodes.NO_INPUT, CliTest.run("bench", "query", "--db", dir.resolve("no-db").toString()).exit());
    }

    @Test
    void everySubcommandHasHelp() {
        for (String sub : new String[] {"extract", "query"}) {
            CliTest.Run r = CliTest.run("bench", sub, "--help");
            assertEquals(ExitCodes.OK, r.exit(), sub);
            assertTrue(r.out().contains("Usage: papergraph bench " + sub), r.out());
        }
    }
}
