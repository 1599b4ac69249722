// Calls the gateway. The session cookie authenticates; X-Requested-With marks the request as the
// web app's own (the gateway's CSRF guard), and makes an expired session answer 499, not a redirect.

export class ApiError extends Error {
  /** The problem+json body, with any extension members (for example `existing`). */
  constructor(public status: number, message: string, public problem?: Record<string, unknown>) {
    super(message);
  }
}

export async function api<T>(path: string,
  options: { method?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<T> {
  const form = options.body instanceof FormData;
  const response = await fetch(path, {
    method: options.method ?? 'GET',
    headers: {
      'X-Requested-With': 'JavaScript',
      Accept: 'application/json',
      ...(options.body !== undefined && !form ? { 'Content-Type': 'application/json' } : {}),
      ...options.headers,
    },
    body: options.body === undefined ? undefined : form ? options.body as FormData : JSON.stringify(options.body),
    credentials: 'same-origin',
  });
  if (response.status === 401 || response.status === 499) {
    throw new ApiError(401, 'Your session has ended; sign in again.');
  }
  const text = await response.text();
  const data = text ? JSON.parse(text) : undefined;
  if (!response.ok) {
    const detail = data?.errors?.length
      ? data.errors.map((e: { field: string; message: string }) => `${e.field}: ${e.message}`).join('; ')
      : data?.detail ?? response.statusText;
    throw new ApiError(response.status, detail, data);
  }
  return data as T;
}

export interface Me {
  authenticated: boolean;
  id?: string;
  name?: string;
  username?: string;
  roles: string[];
}

export interface ChannelView { id: string; name: string; lastSeq: number; unread: number }

export interface MissionView {
  id: string;
  name: string;
  vision: string;
  visibility: 'PUBLIC' | 'PRIVATE';
  theme: string | null;
  createdAt: string;
  memberCount: number;
  myRole: string | null;
  channels: ChannelView[];
}

export interface MessageView {
  id: string;
  channelId: string;
  seq: number;
  changeSeq: number;
  parentId: string | null;
  authorId: string;
  authorName: string;
  text: string | null;
  postedAt: string;
  editedAt: string | null;
  deleted: boolean;
}

export interface MessagePage { messages: MessageView[]; lastSeq: number }

export interface ThemeView {
  id: string;
  label: string;
  terms: string[];
  size: number | null;
  enoughPeople: boolean;
  quotes: string[];
  /** Texts read positive, neutral and negative; null while the theme is emerging. */
  sentiment: { positive: number; neutral: number; negative: number } | null;
  /** Texts per week (Mondays), oldest first; null where fewer than 5 people wrote that week. */
  trend: { week: string; texts: number | null }[];
  /** Written by a language model, when the platform has one configured. */
  summary: string | null;
  updatedAt: string;
  responses: ThemeResponseView[];
}

export interface BreakdownGroup { value: string | null; texts: number; people: number }

export interface ThemeDetail {
  theme: ThemeView;
  breakdowns: Record<'stakeholderType' | 'organisation' | 'service' | 'place', BreakdownGroup[]>;
}

export interface ReclusterSummary { texts: number; themes: number; kept: number; created: number; retired: number; textsMoved: number }

/** "You said, we did". */
export interface ThemeResponseView { text: string; status: 'HEARD' | 'PLANNED' | 'IN_PROGRESS' | 'DONE' | 'NOT_PLANNED'; respondedBy: string; respondedAt: string }

export interface FeedbackView {
  id: string;
  missionId: string;
  text: string;
  submittedAt: string;
  themeId: string | null;
  themeLabel: string | null;
  responses: ThemeResponseView[];
}

export interface MemberView {
  userId: string;
  displayName: string;
  role: string;
  stakeholderType: string | null;
  organisation: string | null;
  joinedAt: string;
  viaOrganisation: string | null;
}

export interface ProgressPoint { recordedOn: string; value: number; note: string }

export interface TargetView {
  id: string;
  goalId: string | null;
  metric: string;
  unit: string;
  baseline: number;
  targetValue: number;
  since: string;
  deadline: string;
  latest: number;
  percentToTarget: number;
  progress: ProgressPoint[];
}

export interface GoalsView {
  goals: { id: string; title: string; description: string }[];
  targets: TargetView[];
}

export interface Segment { text: string; match: boolean }

export interface SearchHit {
  id: string;
  missionId: string;
  title: string;
  summary: string;
  place: string | null;
  rank: number;
  snippet: Segment[];
}

export interface CaseStudyView {
  id: string;
  missionId: string;
  status: 'DRAFT' | 'PUBLISHED';
  authorId: string;
  authorName: string;
  title: string;
  summary: string;
  context: string;
  challenge: string;
  approach: string;
  outcomes: string;
  lessons: string;
  place: string | null;
  tags: string[];
  stakeholderTypes: string[];
  organisations: string[];
  links: string[];
  publishedAt: string | null;
  usefulCount: number;
  markedUseful: boolean;
  related: { id: string; title: string; sharedLabels: number }[];
}

export interface CommentView { id: string; authorName: string; body: string; postedAt: string }

export interface NotificationView {
  id: string;
  kind: 'mention';
  missionId: string;
  channelId: string;
  messageId: string;
  authorName: string;
  excerpt: string;
  createdAt: string;
  read: boolean;
}

export interface NotificationInbox { unread: number; latest: NotificationView[] }

export interface InvitationView {
  missionId: string;
  missionName: string;
  userId: string;
  displayName: string;
  role: string;
  invitedByName: string;
  createdAt: string;
}

/** An invitation of a person into an organisation: they join only by accepting it. */
export interface PersonInvitation {
  organisationId: string;
  organisationName: string;
  userId: string;
  displayName: string;
  role: string;
  invitedByName: string;
  createdAt: string;
}

export interface PersonView { userId: string; displayName: string; organisation: string | null; stakeholderType: string | null }

export interface OrganisationSummary {
  id: string;
  name: string;
  stakeholderType: string;
  description: string;
  website: string | null;
  place: string | null;
  memberCount: number;
  myRole: 'admin' | 'member' | null;
}

export interface OrganisationMember { userId: string; displayName: string; role: 'admin' | 'member'; joinedAt: string }

/** An organisation's part in a mission. */
export interface Participation {
  missionId: string;
  missionName: string;
  organisationId: string;
  organisationName: string;
  stakeholderType: string;
  state: 'REQUESTED' | 'INVITED' | 'JOINED';
  changedAt: string;
}

export interface OrganisationProfile {
  organisation: OrganisationSummary;
  members: OrganisationMember[];
  missions: Participation[];
}

export interface DeliberationView {
  id: string;
  missionId: string;
  question: string;
  background: string;
  opensAt: string;
  closesAt: string | null;
  state: 'SCHEDULED' | 'OPEN' | 'CLOSED';
  linkAccess: boolean;
  autoApprove: boolean;
  participantCount: number;
  moderator: boolean;
  mayTakePart: boolean;
}

export interface StatementView {
  id: string;
  number: number;
  text: string;
  status: 'PENDING' | 'APPROVED' | 'REJECTED';
  rejectReason: string | null;
  seed: boolean;
  agrees: number;
  disagrees: number;
  passes: number;
  version: number;
  myVote: number | null;
  createdAt: string;
}

export interface DeliberationReportView {
  deliberation: DeliberationView;
  participation: { participants: number; voters: number; votes: number; statementsSubmitted: number;
    approved: number; rejected: number; pending: number };
  statements: { number: number; text: string; seed: boolean; agrees: number; disagrees: number; passes: number;
    agreement: number }[];
}

export type QuestionKind = 'SCALE_5' | 'ENPS' | 'SINGLE' | 'MULTI' | 'TEXT';

export interface SurveyView {
  id: string;
  missionId: string;
  title: string;
  intro: string;
  questions: { id: string; kind: QuestionKind; prompt: string; options: string[] }[];
  audienceRoles: string[];
  audienceStakeholderTypes: string[];
  audienceOrganisations: string[];
  schedule: 'ONCE' | 'WEEKLY' | 'FORTNIGHTLY' | 'MONTHLY';
  windowDays: number;
  round: { number: number; opens: string; closes: string; open: boolean } | null;
  asked: boolean;
  answered: boolean;
  manages: boolean;
}

export interface SurveyResults {
  surveyId: string;
  title: string;
  rounds: {
    number: number; opens: string; closes: string; responses: number; audience: number; responseRate: number;
    shown: boolean;
    questions: { questionId: string; kind: QuestionKind; prompt: string; distribution: Record<string, number | null> | null;
      average: number | null; enps: number | null; texts: number | null }[];
  }[];
}

export interface OpinionGroupsView {
  deliberationId: string;
  participantsInGroups: number;
  votes: number;
  groups: { group: number; size: number;
    representative: { number: number; text: string; direction: 'agree' | 'disagree'; groupShare: number; otherShare: number }[] }[];
  consensus: { number: number; text: string; score: number }[];
  divisive: { number: number; text: string; score: number }[];
  points: { x: number; y: number; group: number }[];
}
