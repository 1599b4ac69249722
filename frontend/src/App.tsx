import { useEffect, useState } from 'react';
import { api, type Me } from './api';
import { t } from './messages';
import { Home } from './pages/Home';
import { MissionPage } from './pages/MissionPage';
import { InsightsPage } from './pages/InsightsPage';
import { CaseStudyForm } from './pages/CaseStudyForm';
import { CaseStudyLibrary } from './pages/CaseStudyLibrary';
import { CaseStudyPage } from './pages/CaseStudyPage';
import { NotificationsLink, NotificationsPage } from './pages/NotificationsPage';
import { ThemePage } from './pages/ThemePage';
import { AnswerNotices } from './pages/AnswerNotices';
import { Organisations } from './pages/Organisations';
import { DeliberationPage } from './pages/DeliberationPage';
import { SurveyPage } from './pages/SurveyPage';
import { SurveyResultsPage } from './pages/SurveyResultsPage';
import { OrganisationPage } from './pages/OrganisationPage';

function useHashRoute(): string {
  const [route, setRoute] = useState(location.hash.slice(1) || '/');
  useEffect(() => {
    const onChange = () => setRoute(location.hash.slice(1) || '/');
    addEventListener('hashchange', onChange);
    return () => removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function App() {
  const [me, setMe] = useState<Me | null>(null);
  const [error, setError] = useState<string | null>(null);
  const route = useHashRoute();

  useEffect(() => {
    api<Me>('/api/me').then(setMe).catch((e) => setError(e.message));
  }, []);

  let page;
  const insights = route.match(/^\/missions\/([\w-]+)\/insights$/);
  const theme = route.match(/^\/missions\/([\w-]+)\/themes\/([\w-]+)$/);
  const mission = route.match(/^\/missions\/([\w-]+)$/);
  const writeStudy = route.match(/^\/missions\/([\w-]+)\/case-studies\/new$/);
  const study = route.match(/^\/case-studies\/([\w-]+)$/);
  const organisation = route.match(/^\/organisations\/([\w-]+)$/);
  const deliberation = route.match(/^\/deliberations\/([\w-]+)$/);
  const survey = route.match(/^\/surveys\/([\w-]+)$/);
  const surveyResults = route.match(/^\/surveys\/([\w-]+)\/results$/);
  if (error) page = <p role="alert">{t('errorPrefix', { detail: error })}</p>;
  else if (!me) page = <p aria-busy="true">{t('loading')}</p>;
  // A deliberation open to its link welcomes people who are not signed in.
  else if (deliberation) page = <DeliberationPage id={deliberation[1]} signedIn={me.authenticated} />;
  else if (!me.authenticated) page = <Welcome />;
  else if (insights) page = <InsightsPage missionId={insights[1]} />;
  else if (theme) page = <ThemePage missionId={theme[1]} themeId={theme[2]} />;
  else if (writeStudy) page = <CaseStudyForm missionId={writeStudy[1]} />;
  else if (route === '/case-studies') page = <CaseStudyLibrary />;
  else if (route === '/notifications') page = <NotificationsPage />;
  else if (study) page = <CaseStudyPage id={study[1]} />;
  else if (survey) page = <SurveyPage id={survey[1]} />;
  else if (surveyResults) page = <SurveyResultsPage id={surveyResults[1]} />;
  else if (route === '/organisations') page = <Organisations />;
  else if (organisation) page = <OrganisationPage id={organisation[1]} myId={me.id ?? ''} admin={me.roles.includes('admin')} />;
  else if (mission) page = <MissionPage missionId={mission[1]} myId={me.id ?? ''} admin={me.roles.includes('admin')} />;
  else page = <Home />;

  return (
    <>
      <header className="bar">
        <a href="#/" className="brand">{t('appName')}</a>
        {me?.authenticated && (
          <nav aria-label="Main">
            <a href="#/">{t('missionsTitle')}</a>{' '}
            <a href="#/organisations">{t('organisationsTitle')}</a>{' '}
            <a href="#/case-studies">{t('caseStudies')}</a>{' '}
            <NotificationsLink myId={me.id ?? ''} />
          </nav>
        )}
        <nav aria-label="Account">
          {me?.authenticated ? (
            <>
              <span className="who">{t('signedInAs', { name: me.name ?? me.username ?? '' })}</span>
              {/* A POST from this page: the gateway refuses a sign-out another site could trigger. */}
              <form method="post" action="/logout" className="signout">
                <button type="submit" className="link">{t('signOut')}</button>
              </form>
            </>
          ) : (
            <a href="/login">{t('signIn')}</a>
          )}
        </nav>
      </header>
      {me?.authenticated && me.id && <AnswerNotices myId={me.id} />}
      <main>{page}</main>
    </>
  );
}

function Welcome() {
  return (
    <section className="welcome">
      <h1>{t('tagline')}</h1>
      <p>{t('welcome')}</p>
      <a className="button" href="/login">{t('signIn')}</a>
    </section>
  );
}
