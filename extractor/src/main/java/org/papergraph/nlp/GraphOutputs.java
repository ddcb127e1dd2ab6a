package org.papergraph.nlp;

import com.google.protobuf.ByteString;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnknownFieldSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Cuts an ONNX model after named tensors, so that a hidden layer of an encoder can be read without shipping a
 * second copy of the encoder and without computing the layers past it: the graph's outputs become those
 * tensors, and the nodes and initializers they do not need are dropped (ONNX Runtime would still run them).
 * The model is edited as a protocol buffer without its schema: of {@code ModelProto} only the {@code graph}
 * (field 7) changes, of its {@code GraphProto} the {@code node} (1), {@code initializer} (5) and {@code output}
 * (12) fields; every other byte is kept. Thread-safe: stateless.
 */
final class GraphOutputs {
    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int GRAPH_OUTPUT = 12;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int TENSOR_NAME = 8;
    private static final int VALUE_INFO_NAME = 1;
    private static final int VALUE_INFO_TYPE = 2;
    private static final int TYPE_TENSOR = 1;
    private static final int TENSOR_ELEM_TYPE = 1;
    private static final int FLOAT = 1;

    private GraphOutputs() {
    }

    /**
     * The model whose graph outputs are exactly {@code names} (float tensors of any shape), in that order, with
     * only the nodes and initializers that compute them.
     *
     * @throws IllegalArgumentException when the bytes are not an ONNX model with one graph, or no node of it
     *     gives one of the names
     */
    static byte[] withOutputs(byte[] model, List<String> names) {
        try {
            UnknownFieldSet m = UnknownFieldSet.parseFrom(model);
            UnknownFieldSet.Field graphField = m.getField(MODEL_GRAPH);
            if (graphField == null || graphField.getLengthDelimitedList().size() != 1) {
                throw new IllegalArgumentException("not an ONNX model with one graph");
            }
            UnknownFieldSet graph = UnknownFieldSet.parseFrom(graphField.getLengthDelimitedList().get(0));
            Set<String> needed = new HashSet<>(names);
            Set<String> given = new HashSet<>();
            List<ByteString> kept = new ArrayList<>();
            List<ByteString> nodes = fieldOf(graph, GRAPH_NODE);
            // Nodes come in topological order, so one backward pass finds every node an output depends on.
            for (int i = nodes.size() - 1; i >= 0; i--) {
                UnknownFieldSet node = UnknownFieldSet.parseFrom(nodes.get(i));
                List<String> outputs = strings(node, NODE_OUTPUT);
                if (Collections.disjoint(outputs, needed)) continue;
                given.addAll(outputs);
                needed.addAll(strings(node, NODE_INPUT));
                kept.add(nodes.get(i));
            }
            for (String name : names) {
                if (!given.contains(name)) throw new IllegalArgumentException("no node of the graph gives " + name);
            }
            Collections.reverse(kept);
            List<ByteString> initializers = new ArrayList<>();
            for (ByteString tensor : fieldOf(graph, GRAPH_INITIALIZER)) {
                List<String> name = strings(UnknownFieldSet.parseFrom(tensor), TENSOR_NAME);
                if (!Collections.disjoint(name, needed)) initializers.add(tensor);
            }
            List<ByteString> outputs = names.stream().map(GraphOutputs::floatTensor).toList();
            UnknownFieldSet cut = graph.toBuilder()
                    .clearField(GRAPH_NODE).addField(GRAPH_NODE, delimited(kept))
                    .clearField(GRAPH_INITIALIZER).addField(GRAPH_INITIALIZER, delimited(initializers))
                    .clearField(GRAPH_OUTPUT).addField(GRAPH_OUTPUT, delimited(outputs))
                    .build();
            return m.toBuilder().clearField(MODEL_GRAPH).addField(MODEL_GRAPH, delimited(List.of(cut.toByteString()))).build().toByteArray();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalArgumentException("not an ONNX model: " + e.getMessage(), e);
        }
    }

    private static List<ByteString> fieldOf(UnknownFieldSet message, int field) {
        UnknownFieldSet.Field f = message.getField(field);
        return f == null ? List.of() : f.getLengthDelimitedList();
    }

    private static List<String> strings(UnknownFieldSet message, int field) {
        return fieldOf(message, field).stream().map(ByteString::toStringUtf8).toList();
    }

    /** A {@code ValueInfoProto}: the name, and a float tensor type without a shape. */
    private static ByteString floatTensor(String name) {
        UnknownFieldSet tensor = UnknownFieldSet.newBuilder()
                .addField(TENSOR_ELEM_TYPE, UnknownFieldSet.Field.newBuilder().addVarint(FLOAT).build()).build();
        UnknownFieldSet type = UnknownFieldSet.newBuilder().addField(TYPE_TENSOR, delimited(List.of(tensor.toByteString()))).build();
        return UnknownFieldSet.newBuilder()
                .addField(VALUE_INFO_NAME, delimited(List.of(ByteString.copyFromUtf8(name))))
                .addField(VALUE_INFO_TYPE, delimited(List.of(type.toByteString())))
                .build().toByteString();
    }

    private static UnknownFieldSet.Field delimited(List<ByteString> values) {
        UnknownFieldSet.Field.Builder f = UnknownFieldSet.Field.newBuilder();
        values.forEach(f::addLengthDelimited);
        return f.build();
    }
}
