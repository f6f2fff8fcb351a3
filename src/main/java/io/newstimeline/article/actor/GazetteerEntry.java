package io.newstimeline.article.actor;

import java.util.List;

/**
 * One actor of the gazetteer file, as written there.
 *
 * @param id canonical id, stable across articles ("vladimir-putin")
 * @param name display name ("Vladimir Putin")
 * @param kind PERSON, GOVERNMENT, ORGANISATION or OTHER
 * @param gender "male" or "female" for people, so pronouns can refer to them; optional
 * @param leader true for heads of state and government, whom "the leaders" refers to
 * @param aliases other names, matched case-sensitively ("Putin", "the US", "DPRK")
 * @param shortNames names usable alone for a person; when absent, the last word of the name
 * @param metonyms places or buildings standing for a government ("Pyongyang", "the Kremlin")
 * @param adjectives national adjectives ("North Korean"), counted only where they denote the state
 * @param homeAliases aliases valid only for outlets in {@code homeZones} ("the Government", "the King")
 * @param homeZones IANA zones of the outlets for which {@code homeAliases} apply
 * @param nationalDay the country's national day as {@code MM-DD}; optional
 * @param affiliation for a person, the id of the government or body they belong to; optional
 */
public record GazetteerEntry(String id, String name, String kind, String gender, Boolean leader, List<String> aliases,
    List<String> shortNames, List<String> metonyms, List<String> adjectives, List<String> homeAliases,
    List<String> homeZones, String nationalDay, String affiliation) {

  public GazetteerEntry {
    aliases = aliases == null ? List.of() : List.copyOf(aliases);
    metonyms = metonyms == null ? List.of() : List.copyOf(metonyms);
    adjectives = adjectives == null ? List.of() : List.copyOf(adjectives);
    homeAliases = homeAliases == null ? List.of() : List.copyOf(homeAliases);
    homeZones = homeZones == null ? List.of() : List.copyOf(homeZones);
    shortNames = shortNames == null ? null : List.copyOf(shortNames);
  }
}
