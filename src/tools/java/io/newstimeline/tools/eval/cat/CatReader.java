package io.newstimeline.tools.eval.cat;

import io.newstimeline.InputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads documents in the CAT XML format used by MEANTIME (annotated), by the SemEval-2015
 * TimeLine task (raw tokens) and by ECB+ (markables named by class, coreference relations): one
 * streaming pass per file, no schema validation, unknown elements (SIGNAL, VALUE, C-SIGNAL) skipped.
 */
public final class CatReader {

  private static final XMLInputFactory FACTORY = xmlFactory();

  private CatReader() {
  }

  /**
   * Returns the documents of every {@code *.xml} file directly in {@code directory}, by file name.
   *
   * @throws InputException when the directory cannot be listed, holds no XML file, or a file is malformed
   */
  public static List<CatDocument> readCorpus(Path directory) {
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList();
    } catch (IOException e) {
      throw new InputException(directory + ": cannot list CAT corpus (" + e.getClass().getSimpleName() + ")", e);
    }
    if (files.isEmpty()) {
      throw new InputException(directory + ": no CAT .xml files");
    }
    return files.stream().map(CatReader::read).toList();
  }

  /**
   * Returns the document in {@code file}.
   *
   * @throws InputException with a one-line message naming the file when it cannot be read or is not CAT XML
   */
  public static CatDocument read(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
      try {
        return new Parse(xml, file).document();
      } finally {
        xml.close();
      }
    } catch (IOException e) {
      throw new InputException(file + ": cannot read CAT file (" + e.getClass().getSimpleName() + ")", e);
    } catch (XMLStreamException e) {
      throw new InputException(file + ": not well-formed XML (" + oneLine(e.getMessage()) + ")", e);
    } catch (NumberFormatException e) {
      throw new InputException(file + ": a token has a non-numeric t_id, sentence or number", e);
    }
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s+", " ").trim();
  }

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory factory = XMLInputFactory.newFactory();
    // Corpus files are data: no DTDs, no external entities.
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    return factory;
  }

  /** The state of one pass over one file. */
  private static final class Parse {
    private final XMLStreamReader xml;
    private final Path file;
    private final List<CatToken> tokens = new ArrayList<>();
    private final List<CatTimex> timexes = new ArrayList<>();
    private final List<CatMention> events = new ArrayList<>();
    private final List<CatMention> entities = new ArrayList<>();
    private final List<CatInstance> instances = new ArrayList<>();
    private final List<CatRelation> relations = new ArrayList<>();
    private String docId = "";
    private String name = "";
    private String url = "";

    Parse(XMLStreamReader xml, Path file) {
      this.xml = xml;
      this.file = file;
    }

    CatDocument document() throws XMLStreamException {
      boolean sawDocument = false;
      while (xml.hasNext()) {
        if (xml.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        switch (xml.getLocalName()) {
          case "Document" -> {
            sawDocument = true;
            Map<String, String> attributes = attributes();
            docId = attributes.getOrDefault("doc_id", "");
            name = attributes.getOrDefault("doc_name", "");
            url = attributes.getOrDefault("url", attributes.getOrDefault("src_url", ""));
          }
          case "token" -> token();
          case "TIMEX3" -> timex();
          case "EVENT_MENTION" -> events.add(mention());
          case "ENTITY_MENTION" -> entities.add(mention());
          case "EVENT" -> instances.add(instance(CatInstance.Kind.EVENT));
          case "ENTITY" -> instances.add(instance(CatInstance.Kind.ENTITY));
          case "TLINK" -> relations.add(relation(CatRelation.Type.TLINK));
          case "HAS_PARTICIPANT" -> relations.add(relation(CatRelation.Type.HAS_PARTICIPANT));
          case "REFERS_TO" -> relations.add(relation(CatRelation.Type.REFERS_TO));
          case "SLINK" -> relations.add(relation(CatRelation.Type.SLINK));
          case "GLINK" -> relations.add(relation(CatRelation.Type.GLINK));
          case "CROSS_DOC_COREF" -> relations.add(relation(CatRelation.Type.CROSS_DOC_COREF));
          case "INTRA_DOC_COREF" -> relations.add(relation(CatRelation.Type.INTRA_DOC_COREF));
          default -> ecbMarkable(xml.getLocalName());
        }
      }
      if (!sawDocument) {
        throw new InputException(file + ": not a CAT document (no <Document> element)");
      }
      if (tokens.isEmpty()) {
        throw new InputException(file + ": CAT document has no tokens");
      }
      return new CatDocument(docId, name, url, tokens, timexes, events, entities, instances, relations);
    }

    private void token() throws XMLStreamException {
      Map<String, String> attributes = attributes();
      int id = Integer.parseInt(required(attributes, "t_id"));
      int sentence = Integer.parseInt(required(attributes, "sentence"));
      int number = Integer.parseInt(attributes.getOrDefault("number", String.valueOf(tokens.size())));
      tokens.add(new CatToken(id, sentence, number, xml.getElementText().trim()));
    }

    private void timex() throws XMLStreamException {
      Map<String, String> attributes = attributes();
      List<Integer> anchors = anchors();
      timexes.add(new CatTimex(required(attributes, "m_id"), attributes.getOrDefault("type", ""),
          attributes.getOrDefault("value", ""), attributes.getOrDefault("functionInDocument", ""), anchors));
    }

    private CatMention mention() throws XMLStreamException {
      Map<String, String> attributes = attributes();
      String id = required(attributes, "m_id");
      attributes.remove("m_id");
      return new CatMention(id, anchors(), attributes);
    }

    /**
     * ECB+ names a markable by its class ({@code ACTION_OCCURRENCE}, {@code HUMAN_PART_PER}, ...): one with
     * token anchors is a mention, carrying its class as attribute {@code tag}; one with an {@code instance_id}
     * is the instance its coreference chain points to. Other markables (SIGNAL, VALUE, C-SIGNAL) and
     * containers carry nothing scored here.
     */
    private void ecbMarkable(String tag) throws XMLStreamException {
      boolean action = tag.startsWith("ACTION_") || tag.startsWith("NEG_ACTION_");
      boolean participant = tag.startsWith("HUMAN_PART") || tag.startsWith("NON_HUMAN_PART")
          || tag.startsWith("LOC_") || tag.startsWith("TIME_");
      if (!action && !participant) {
        return;
      }
      if (xml.getAttributeValue(null, "instance_id") != null) {
        instances.add(instance(action ? CatInstance.Kind.EVENT : CatInstance.Kind.ENTITY, tag));
        return;
      }
      CatMention mention = mention(tag);
      (action ? events : entities).add(mention);
    }

    private CatMention mention(String tag) throws XMLStreamException {
      Map<String, String> attributes = attributes();
      String id = required(attributes, "m_id");
      attributes.remove("m_id");
      attributes.put("tag", tag);
      return new CatMention(id, anchors(), attributes);
    }

    private CatInstance instance(CatInstance.Kind kind, String tag) throws XMLStreamException {
      CatInstance instance = instance(kind);
      Map<String, String> attributes = new HashMap<>(instance.attributes());
      attributes.put("tag", tag);
      return new CatInstance(instance.id(), kind, instance.descriptor(), instance.instanceId(), attributes);
    }

    private CatInstance instance(CatInstance.Kind kind) throws XMLStreamException {
      Map<String, String> attributes = attributes();
      String id = required(attributes, "m_id");
      String descriptor = attributes.getOrDefault("TAG_DESCRIPTOR", "");
      String instanceId = attributes.getOrDefault("instance_id", "");
      attributes.remove("m_id");
      attributes.remove("TAG_DESCRIPTOR");
      attributes.remove("instance_id");
      return new CatInstance(id, kind, descriptor, instanceId, attributes);
    }

    private CatRelation relation(CatRelation.Type type) throws XMLStreamException {
      Map<String, String> attributes = attributes();
      String id = attributes.getOrDefault("r_id", "");
      attributes.remove("r_id");
      List<String> sources = new ArrayList<>();
      String target = "";
      int depth = 1;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          String mId = xml.getAttributeValue(null, "m_id");
          if (xml.getLocalName().equals("source") && mId != null) {
            sources.add(mId);
          } else if (xml.getLocalName().equals("target") && mId != null) {
            target = mId;
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      return new CatRelation(id, type, sources, target, attributes);
    }

    /** Reads the token_anchor children up to the end of the current element. */
    private List<Integer> anchors() throws XMLStreamException {
      List<Integer> anchors = new ArrayList<>();
      int depth = 1;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          depth++;
          if (xml.getLocalName().equals("token_anchor")) {
            anchors.add(Integer.parseInt(required(attributes(), "t_id")));
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
      return anchors;
    }

    private Map<String, String> attributes() {
      Map<String, String> attributes = new HashMap<>();
      for (int i = 0; i < xml.getAttributeCount(); i++) {
        attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
      }
      return attributes;
    }

    private String required(Map<String, String> attributes, String name) {
      String value = attributes.get(name);
      if (value == null) {
        throw new InputException(file + ": <" + xml.getLocalName() + "> at line "
            + xml.getLocation().getLineNumber() + " has no " + name);
      }
      return value;
    }
  }
}
