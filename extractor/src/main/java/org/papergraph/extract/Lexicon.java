package org.papergraph.extract;

import org.papergraph.model.EntityType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The known entities, indexed for longest-match lookup over {@link WordPieces}. A label written with a
 * capital letter ("BERT", "ImageNet") matches only with the same capitals, so that the common word "bert"
 * or "a transformer" does not; a lowercase label ("question answering") matches in any case.
 * Immutable after construction and thread-safe.
 */
public final class Lexicon {
    /** A lexicon hit: pieces {@code [from, to)} of the searched text name {@code concept}. */
    public record Match(int fromPiece, int toPiece, int start, int end, Concept concept, String label) {
    }

    private record Entry(Concept concept, String label, List<String> exactPieces, boolean caseSensitive) {
    }

    private static final class Node {
        final Map<String, Node> children = new HashMap<>(4);
        final List<Entry> entries = new ArrayList<>(1);
    }

    private final Node root = new Node();
    private final Map<String, Concept> byIri = new HashMap<>();
    /** Concepts by {@link Names#looseKey} of each label, in type order. */
    private final Map<String, List<Concept>> byLooseKey = new HashMap<>();
    /** The last pieces of the labels of methods and tasks, the kinds a noun phrase's tail can name. */
    private final java.util.Set<String> lastPiecesOfKinds = new java.util.HashSet<>();
    private int concepts;

    public Lexicon(Collection<Concept> all) {
        for (Concept concept : all) {
            concepts++;
            byIri.put(concept.iri(), concept);
            add(concept, concept.prefLabel());
            for (String alt : concept.altLabels()) add(concept, alt);
        }
    }

    private void add(Concept concept, String label) {
        List<WordPieces.Piece> pieces = WordPieces.split(label);
        if (pieces.isEmpty()) return;
        Node node = root;
        List<String> exact = new ArrayList<>(pieces.size());
        for (WordPieces.Piece p : pieces) {
            node = node.children.computeIfAbsent(p.lower(), k -> new Node());
            exact.add(p.text());
        }
        boolean caseSensitive = !label.equals(label.toLowerCase());
        if (concept.type() == EntityType.METHOD || concept.type() == EntityType.TASK) lastPiecesOfKinds.add(pieces.get(pieces.size() - 1).lower());
        node.entries.add(new Entry(concept, label, exact, caseSensitive));
        List<Concept> sameKey = byLooseKey.computeIfAbsent(Names.looseKey(label), k -> new ArrayList<>(1));
        if (sameKey.stream().noneMatch(c -> c.type() == concept.type())) {
            sameKey.add(concept);
            sameKey.sort(java.util.Comparator.comparing(Concept::type));
        }
    }

    /**
     * Whether the label of some method or task ends with this (lowercase) letter or digit run: a cheap test
     * before looking up a phrase's tail ("… image classification").
     */
    public boolean endsSomeMethodOrTaskLabel(String lowerPiece) {
        return lastPiecesOfKinds.contains(lowerPiece);
    }

    public int size() {
        return concepts;
    }

    public Concept byIri(String iri) {
        return byIri.get(iri);
    }

    /** The concept of this type with this label (compared loosely), or null. */
    public Concept lookup(EntityType type, String label) {
        for (Concept c : byLooseKey.getOrDefault(Names.looseKey(label), List.of())) {
            if (c.type() == type) return c;
        }
        return null;
    }

    /** Every concept, of any type, with this label (compared loosely). */
    public List<Concept> lookupAll(String label) {
        return byLooseKey.getOrDefault(Names.looseKey(label), List.of());
    }

    /** The concept of any type with this label, or null. */
    public Concept lookupAnyType(String label) {
        List<Concept> found = byLooseKey.get(Names.looseKey(label));
        return found == null ? null : found.get(0);
    }

    /**
     * All longest, non-overlapping matches, left to right. A match of a concept that does not stand alone
     * is consumed but not returned, so that its words do not match anything shorter either.
     */
    public List<Match> find(List<WordPieces.Piece> pieces) {
        List<Match> matches = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            Match best = pieces.get(i).glued() || partOfLargerName(pieces, i) ? null : longestAt(pieces, i);
            if (best != null) {
                if (best.concept().standalone()) matches.add(best);
                i = best.toPiece();
            } else {
                i++;
            }
        }
        return matches;
    }

    /**
     * "RAD-DINO", "CLIP ViT-L/14": a capitalized piece one character (a hyphen or a space) after a name
     * written with capitals is part of a larger name, not a name of its own. (A known name behind any
     * hyphenated prefix, "Dynamic-DINO", is set aside by the extractor, which sees the hyphen.)
     */
    private static boolean partOfLargerName(List<WordPieces.Piece> pieces, int i) {
        if (i == 0) return false;
        WordPieces.Piece previous = pieces.get(i - 1);
        WordPieces.Piece piece = pieces.get(i);
        return piece.start() - previous.end() == 1 && Character.isUpperCase(piece.text().charAt(0))
                && previous.text().chars().filter(Character::isUpperCase).count() >= 2;
    }

    private Match longestAt(List<WordPieces.Piece> pieces, int from) {
        Node node = root;
        Match best = null;
        for (int j = from; j < pieces.size(); j++) {
            node = node.children.get(pieces.get(j).lower());
            if (node == null) break;
            boolean endsCleanly = j + 1 == pieces.size() || !pieces.get(j + 1).glued();
            if (!endsCleanly || node.entries.isEmpty()) continue;
            for (Entry entry : node.entries) {
                if (entry.caseSensitive() && !sameCase(pieces, from, entry.exactPieces())) continue;
                best = new Match(from, j + 1, pieces.get(from).start(), pieces.get(j).end(), entry.concept(), entry.label());
                break;
            }
        }
        return best;
    }

    /**
     * Same capitals as the label, but for the first letter of a piece: "NuScenes" starting a sentence is
     * still "nuScenes", while "bert" is not "BERT".
     */
    private static boolean sameCase(List<WordPieces.Piece> pieces, int from, List<String> exact) {
        // "DinoV2" for "DINOv2", "ConvNext" for "ConvNeXt": written with capitals inside, a name is no common word.
        if (capitals(exact.stream()) >= 2 && capitals(pieces.subList(from, from + exact.size()).stream().map(WordPieces.Piece::text)) >= 2) {
            return true;
        }
        for (int k = 0; k < exact.size(); k++) {
            String found = pieces.get(from + k).text();
            String wanted = exact.get(k);
            if (found.equals(wanted)) continue;
            // Relaxed only for names whose capitals make them unambiguous ("nuScenes", "U-Net"), never for "Adapter".
            boolean innerCapital = wanted.substring(1).chars().anyMatch(Character::isUpperCase)
                    || exact.stream().mapToLong(e -> e.chars().filter(Character::isUpperCase).count()).sum() >= 2;
            if (!innerCapital || found.length() < 2 || !found.substring(1).equals(wanted.substring(1))) return false;
        }
        return true;
    }

    private static long capitals(java.util.stream.Stream<String> words) {
        return words.mapToLong(w -> w.chars().filter(Character::isUpperCase).count()).sum();
    }
}
