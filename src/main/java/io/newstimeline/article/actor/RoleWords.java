package io.newstimeline.article.actor;

import java.util.List;
import java.util.Set;

/** Word lists for reading titles and national adjectives. */
final class RoleWords {

  /** Nouns that make the words before a name a title: "spokesman John Kirby", "Foreign Minister X Y". */
  static final Set<String> ROLES = Set.copyOf(List.of("spokesman", "spokeswoman", "spokesperson", "minister",
      "secretary", "ambassador", "envoy", "president", "leader", "chief", "general", "commander", "director",
      "chairman", "chairwoman", "official", "adviser", "advisor", "aide", "premier", "chancellor", "governor", "mayor",
      "senator", "representative", "prince", "princess", "king", "queen", "ruler", "dictator", "boss", "founder",
      "lawmaker", "diplomat", "correspondent", "analyst", "counterpart", "negotiator", "marshal", "colonel", "admiral",
      "emperor", "sister", "brother", "wife", "daughter", "son", "spy", "head", "ceo", "cfo", "executive", "officer", "manager",
      "professor", "economist"));
  /** Words of an office's name that never start or end a person's name: "Chief Executive Officer". */
  static final Set<String> OFFICE_WORDS = Set.of("officer", "executive", "operating", "financial", "technology",
      "vice", "deputy", "assistant");
  /** Words that may stand inside a title before its role noun: "defence" in "Russian defence minister". */
  static final Set<String> TITLE_MODIFIERS = Set.copyOf(List.of("defence", "defense", "foreign", "prime", "deputy",
      "vice", "senior", "former", "acting", "interior", "security", "national", "top", "chief", "special",
      "permanent", "first", "state", "press", "economy", "economic", "finance", "trade", "justice", "home",
      "supreme", "military", "intelligence", "armed", "forces", "nuclear", "presidential", "council", "department",
      "ministry", "general", "assistant", "principal", "executive", "younger", "elder", "powerful", "late", "new",
      "then", "sports", "culture", "communications", "energy", "health", "transport", "science", "natural", "resources",
      "external", "affairs", "development", "international", "regional", "deputy", "party", "army", "navy", "air",
      "force", "staff", "joint", "chiefs", "of"));
  /** Heads a national adjective may modify when it denotes the state: "Russian officials", "North Korean talks". */
  static final Set<String> STATE_NOUNS = Set.copyOf(List.of("government", "governments", "authorities", "officials",
      "official", "forces", "troops", "soldiers", "military", "army", "navy", "leadership", "delegation",
      "delegations", "side", "state", "regime", "administration", "ministry", "embassy", "diplomats", "diplomat",
      "intelligence", "counterparts", "envoys", "negotiators", "lawmakers", "parliament", "media", "leaders",
      "talks", "negotiations", "deal", "deals", "arms", "weapons", "summit", "cooperation", "co", "relations", "ties",
      "alliance", "exercises", "drills", "partnership", "agreement", "treaty", "visit", "meeting", "invasion",
      "attack", "attacks", "strikes", "offensive", "support", "aid", "assistance", "pact", "accord", "statement",
      "claims", "contacts", "dialogue", "co-operation", "capital"));
  /** Function words and verbs that may follow a country's name without it modifying them: "the US will", "Russia and". */
  static final Set<String> NOT_MODIFIED_NOUNS = Set.copyOf(List.of("and", "but", "for", "nor", "yet", "the", "was",
      "were", "had", "has", "have", "will", "would", "could", "can", "may", "might", "must", "should", "shall",
      "did", "does", "not", "then", "now", "too", "also", "again", "already", "still", "never", "alone", "itself",
      "which", "who", "whose", "that", "what", "when", "where", "while", "with", "from", "into", "over", "after",
      "before", "about", "against", "under", "since", "until", "than", "amid", "via", "per", "are", "say", "said",
      "say", "want", "agree", "plan", "hope", "fear", "need", "sent", "told", "took", "gave", "made", "won", "lost",
      "met", "left", "got", "began", "became", "came", "went", "saw", "put", "set", "cut", "hit", "led", "let",
      "sold", "bought", "built", "held", "kept", "paid", "sought", "fought", "brought", "thought", "spent", "spoke",
      "struck", "drew", "grew", "knew", "threw", "flew", "rose", "fell", "ran", "broke", "chose", "stood", "shook",
      "fled", "hid", "read", "wrote", "became", "remains", "remain"));
  /** Nouns of news media: "state media", "news agency". Their reports are sourcing, not statements. */
  static final Set<String> MEDIA = Set.of("media", "agency", "newspaper", "newspapers", "broadcaster", "television",
      "tv", "outlet", "outlets", "news", "reports", "report", "press", "radio", "daily");

  /** Roles of heads of state or government, whom "the leaders" refers to. */
  static final Set<String> LEADER_ROLES = Set.of("president", "leader", "king", "queen", "premier", "chancellor",
      "ruler", "dictator", "emperor");
  static final Set<String> MALE_WORDS = Set.of("spokesman", "chairman", "king", "prince", "mr", "brother", "son",
      "emperor");
  static final Set<String> FEMALE_WORDS = Set.of("spokeswoman", "chairwoman", "queen", "princess", "mrs", "ms", "miss",
      "sister", "wife", "daughter");
  /** Capitalised words that do not start a person's name. */
  static final Set<String> NOT_NAMES = Set.copyOf(List.of("The", "A", "An", "He", "She", "It", "They", "We", "I",
      "In", "On", "At", "By", "For", "But", "And", "This", "That", "Mr", "Mrs", "Ms", "Dr", "Monday", "Tuesday",
      "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June",
      "July", "August", "September", "October", "November", "December", "His", "Her", "Their", "Its", "Meanwhile",
      "However", "Last", "Next", "Earlier", "Later", "Speaking", "According", "If", "As", "When", "While", "After",
      "Before", "There", "Both", "Any", "All", "Some", "Our", "My", "Your", "Prime", "Minister", "President",
      "Foreign", "Defence", "Security", "Council", "Office", "Government", "Ministry", "State", "Department"));

  private RoleWords() {
  }
}
