import type { SeededRandom } from './seeded-random';

const FIRST_NAMES = [
  'Ana',
  'Bo',
  'Chloé',
  'Dmitri',
  'Emeka',
  'Fatima',
  'Giulia',
  'Hiroshi',
  'Ingrid',
  'Jakub',
  'Kavya',
  'Lars',
  'Mei',
  'Nikolai',
  'Olumide',
  'Priya',
  'Quentin',
  'Rania',
  'Søren',
  'Tomás',
  'Uma',
  'Valentina',
  'Wei',
  'Ximena',
  'Yusuf',
  'Zoë',
  'Aarav',
  'Beatriz',
  'Camille',
  'Darius',
  'Elif',
  'Felix',
  'Grace',
  'Hamza',
  'Isabela',
  'Jonas',
  'Keiko',
  'Leila',
  'Mateo',
  'Nadia',
  'Oskar',
  'Paula',
  'Rahul',
  'Sofia',
  'Thabo',
  'Ulla',
  'Viktor',
  'Wiktoria',
  'Yara',
  'Zainab',
  'Łukasz',
  'Amélie',
  'Björn',
  'Chen',
  'Dana',
  'Eduardo',
  'Farah',
  'Gustav',
  'Hana',
  'Ivan',
];

const LAST_NAMES = [
  'Ruiz',
  'Lin',
  'Dubois',
  'Ivanov',
  'Okafor',
  'Haddad',
  'Rossi',
  'Tanaka',
  'Svensson',
  'Novák',
  'Iyer',
  'Nielsen',
  'Zhang',
  'Petrov',
  'Adeyemi',
  'Sharma',
  'Lefèvre',
  'Mansour',
  'Jørgensen',
  'García',
  'Patel',
  'Moreno',
  'Wang',
  'Hernández',
  'Yılmaz',
  'Müller',
  'Kapoor',
  'Santos',
  'Martin',
  'Rahimi',
  'Demir',
  'Schneider',
  'Nguyen',
  'Khan',
  'Oliveira',
  'Berg',
  'Sato',
  'Karimi',
  'López',
  'Kowalska',
  'Andersen',
  'Costa',
  'Singh',
  'Romano',
  'Mokoena',
  'Virtanen',
  'Horváth',
  'Wójcik',
  'Farouk',
  'Bello',
  'Kim',
  'Fischer',
  'Park',
  'Ahmed',
  'Silva',
  'Mendes',
  'Ito',
  'Novak',
  'Jansen',
  'Kuznetsova',
];

const PERSONAL_MAIL_DOMAINS = ['gmail.com', 'outlook.com', 'proton.me', 'web.de', 'yahoo.fr'];

/** Offsets (minutes) students commit from: mostly CET, some UTC, a few far away. */
const UTC_OFFSETS = [60, 60, 60, 60, 0, 0, 120, 330, -300, 480];

export interface PersonIdentity {
  name: string;
  username: string;
  /** Empty string when the student keeps their e-mail private. */
  publicEmail: string;
  /** The address GitLab has on file. */
  accountEmail: string;
  /** Addresses that appear as commit author_email; may differ from publicEmail. */
  commitEmails: string[];
  utcOffsetMinutes: number;
}

/** Usernames are ASCII; GitLab would reject most diacritics in a path. */
function toAscii(text: string): string {
  return text
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/ø/g, 'o')
    .replace(/ı/g, 'i')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]/g, '');
}

/** Hands out distinct people; never the same full name or username twice in one course. */
export class PeoplePool {
  private readonly usedNames = new Set<string>();
  private readonly usedUsernames = new Set<string>();
  private readonly usedFirstNames = new Set<string>();

  constructor(private readonly random: SeededRandom) {}

  createPerson(mailDomain: string): PersonIdentity {
    let first = this.random.pick(FIRST_NAMES);
    // Prefer unused first names so a team rarely has two people with the same one.
    for (let attempt = 0; attempt < 4 && this.usedFirstNames.has(first); attempt += 1) first = this.random.pick(FIRST_NAMES);
    this.usedFirstNames.add(first);
    let last = this.random.pick(LAST_NAMES);
    for (let attempt = 0; attempt < 20 && this.usedNames.has(`${first} ${last}`); attempt += 1) {
      first = this.random.pick(FIRST_NAMES);
      last = this.random.pick(LAST_NAMES);
    }
    const name = `${first} ${last}`;
    this.usedNames.add(name);
    const username = this.reserveUsername(first, last);
    const accountEmail = `${username}@${mailDomain}`;
    const publicEmail = this.random.chance(0.5) ? accountEmail : '';
    const personal = `${toAscii(first).toLowerCase()}.${toAscii(last).toLowerCase()}${this.random.int(1, 99)}@${this.random.pick(PERSONAL_MAIL_DOMAINS)}`;
    const commitEmails = this.random.chance(0.4) ? [accountEmail, personal] : [accountEmail];
    return { name, username, publicEmail, accountEmail, commitEmails, utcOffsetMinutes: this.random.pick(UTC_OFFSETS) };
  }

  private reserveUsername(first: string, last: string): string {
    const firstAscii = toAscii(first).toLowerCase();
    const lastAscii = toAscii(last).toLowerCase();
    const style = this.random.int(0, 2);
    const base = style === 0 ? `${firstAscii}.${lastAscii}` : style === 1 ? `${firstAscii.charAt(0)}${lastAscii}` : `${firstAscii}${lastAscii}`;
    let username = base;
    for (let suffix = 2; this.usedUsernames.has(username); suffix += 1) username = `${base}${suffix}`;
    this.usedUsernames.add(username);
    return username;
  }
}
