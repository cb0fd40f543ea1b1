package app.relais.catalog;

import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.StringReader;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds the line of the YAML node a mapping error points at. Jackson reports where its parser
 * stood, which for buffered records is the end of the object; the node tree knows where the
 * faulty key or item really is (or, for a missing key, the object that lacks it).
 */
final class YamlLines {

    private YamlLines() {
    }

    static int lineOf(String yaml, List<JsonMappingException.Reference> path) {
        Node node;
        try {
            node = new Yaml(new LoaderOptions()).compose(new StringReader(yaml));
        } catch (RuntimeException unparsable) {
            return -1;
        }
        int line = node == null ? -1 : node.getStartMark().getLine() + 1;
        for (JsonMappingException.Reference ref : path) {
            Node next = child(node, ref);
            if (next == null) {
                break;
            }
            node = next;
            line = node.getStartMark().getLine() + 1;
        }
        return line;
    }

    private static Node child(Node node, JsonMappingException.Reference ref) {
        if (node instanceof MappingNode mapping && ref.getFieldName() != null) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(ref.getFieldName())) {
                    return tuple.getValueNode() instanceof ScalarNode ? tuple.getKeyNode() : tuple.getValueNode();
                }
            }
        }
        if (node instanceof SequenceNode sequence && ref.getIndex() >= 0 && ref.getIndex() < sequence.getValue().size()) {
            return sequence.getValue().get(ref.getIndex());
        }
        return null;
    }
}
