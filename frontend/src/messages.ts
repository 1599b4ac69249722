// Every text the web app shows. A second language is a second catalogue of the same keys.
const en = {
  appName: 'Convene',
  tagline: 'Many organisations, one mission.',
  signIn: 'Sign in',
  signOut: 'Sign out',
  signedInAs: 'Signed in as {name}',
  loading: 'Loading…',
  errorPrefix: 'Something went wrong: {detail}',
  missionsTitle: 'Missions',
  myMissions: 'My missions',
  allMissions: 'All missions',
  noMissions: 'No missions yet. Start the first one.',
  createMission: 'Start a mission',
  missionName: 'Mission name',
  missionVision: 'Vision',
  visibility: 'Visibility',
  visibilityPublic: 'Public: anyone signed in can see and join it',
  visibilityPrivate: 'Private: members only',
  create: 'Create mission',
  members: '{count} members',
  yourRole: 'Your role: {role}',
  join: 'Join this mission',
  joined: 'You joined this mission.',
  back: 'All missions',
  channel: 'Channel #{name}',
  noMessages: 'No messages yet. Say hello.',
  messageLabel: 'Message',
  send: 'Send',
  live: 'Live',
  reconnecting: 'Reconnecting…',
  feedbackTitle: 'Send feedback',
  feedbackLabel: 'What works, what does not, what would help?',
  feedbackSend: 'Send feedback',
  feedbackThanks: 'Thank you. Your feedback is recorded.',
  insights: 'Insights',
  insightsTitle: 'Insights: {name}',
  noThemes: 'No themes yet. They appear as feedback arrives.',
  themeSize: '{size} texts',
  themeSmall: 'Fewer than 5 people: details hidden to protect them',
  welcome: 'Convene brings ministries, councils, firms, civil society and citizens together on long-term public missions.',
} as const;

export type MessageKey = keyof typeof en;

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return en[key].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
