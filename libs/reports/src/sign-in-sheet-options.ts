export interface SignInSheetOptions {
  /**
   * 'protocol': one list in protocol order.
   * 'organization': rows arrive sorted by organization, then protocol order; a heading opens each organization.
   */
  groupBy: 'protocol' | 'organization';
}
