/** A ruleset that cannot be used (unknown function, bad options, unreadable file...). */
export class RulesetError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RulesetError';
  }
}
