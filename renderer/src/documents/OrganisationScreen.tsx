import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Organisation } from '../../../shared/organisation';
import { CONTACT_KIND_LABELS, EMPTY_ORGANISATION, ORGANISATION_SIZE_LABELS, ORGANISATION_SIZES, organisationSchema } from '../../../shared/organisation';
import { useApi } from '../api/api-context';
import { ChoiceField, Field, optionsFrom } from '../form-kit';
import { errorAt, nestErrors } from '../form-kit/form-errors';
import { routeHref } from '../common/use-route';

type PersonPath = 'contact' | 'reporter';

/**
 * The organisation's details for every document: part 10 of the ICO form, the contact point
 * the letter to the people affected must give (Art. 34(2)), and the reporter's details.
 */
export function OrganisationScreen() {
  const api = useApi();
  const [loaded, setLoaded] = useState(false);
  const [message, setMessage] = useState('');
  const form = useForm<Organisation>({ resolver: zodResolver(organisationSchema), defaultValues: EMPTY_ORGANISATION });
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = form;

  useEffect(() => {
    void api.call('settings:organisation-get', {}).then((result) => {
      if (result.ok) reset(result.value.organisation);
      setLoaded(true);
    });
  }, [api, reset]);

  const save = handleSubmit(async (organisation) => {
    const result = await api.call('settings:organisation-update', { organisation });
    if (result.ok) {
      setMessage('Saved. Every document will use these details from now on.');
      return;
    }
    const nested = nestErrors((result.error.issues ?? []).map((i) => ({ field: i.path.replace(/^organisation\./, ''), message: i.message })));
    for (const [name, error] of Object.entries(flatten(nested))) setError(name as keyof Organisation, error);
    setMessage(result.error.message);
  });

  const text = (name: string, label: string, options: { help?: string; autoComplete?: string; type?: string } = {}) => (
    <Field id={`org-${name.replace('.', '-')}`} label={label} help={options.help} error={errorAt(errors, name)} optional>
      {(control) => (
        <input {...control}
          type={options.type ?? 'text'}
          autoComplete={options.autoComplete ?? 'off'}
          {...register(name as keyof Organisation)}
        />
      )}
    </Field>
  );

  const person = (path: PersonPath) => {
    const whose = path === 'contact' ? 'Contact’s' : 'Reporter’s';
    return (
      <>
        {text(`${path}.name`, `${whose} name`)}
        {text(`${path}.role`, `${whose} job title`)}
        {text(`${path}.email`, `${whose} email`, { type: 'email' })}
        {text(`${path}.phone`, `${whose} phone`, { type: 'tel' })}
      </>
    );
  };

  return (
    <section aria-labelledby="organisation-heading" className="narrow organisation-screen">
      <p>
        <a href={routeHref({ screen: 'settings' })}>← Settings</a>
      </p>
      <h1 id="organisation-heading">Organisation details</h1>
      <p className="lead">
        These go on every document: the ICO report draft, the letter to the people affected and the audit pack. Leave out what you
        don’t know yet; the documents will say “Not yet known — to follow”.
      </p>
      {!loaded ? <p role="status">Loading…</p> : null}
      <form onSubmit={(event) => void save(event)} noValidate className="incident-form">
        <h2>Your organisation</h2>
        {text('name', 'Organisation name', { autoComplete: 'organization' })}
        <Field id="org-address" label="Address" error={errorAt(errors, 'address')} optional>
          {(control) => <textarea {...control} rows={4} {...register('address')} />}
        </Field>
        {text('icoRegistrationNumber', 'ICO registration number', {
          help: 'The data protection fee registration number on your ICO certificate, for example ZA123456.',
        })}
        {text('sector', 'Sector', { help: 'For example: accountancy, dental practice, charity, estate agency.' })}
        <Field id="org-size" label="Size" error={errorAt(errors, 'size')} optional>
          {(control) => (
            <select {...control} {...register('size', { setValueAs: (v: string | null) => (v ? v : null) })}>
              <option value="">Not given</option>
              {ORGANISATION_SIZES.map((size) => (
                <option key={size} value={size}>
                  {ORGANISATION_SIZE_LABELS[size]}
                </option>
              ))}
            </select>
          )}
        </Field>

        <h2>Contact point for data protection</h2>
        <p className="help">The person the ICO and the people affected can contact about the breach (UK GDPR Art. 33(3)(b) and 34(2)).</p>
        <ChoiceField
          id="org-contact-kind"
          legend="This person is"
          type="radio"
          options={optionsFrom(CONTACT_KIND_LABELS)}
          registration={register('contactKind')}
          error={errorAt(errors, 'contactKind')}
        />
        {person('contact')}

        <h2>Who usually reports to the ICO</h2>
        <p className="help">The ICO form asks for the reporter’s details; each report draft starts from these.</p>
        {person('reporter')}

        <h2>Training and guidance</h2>
        <Field
          id="org-training"
          label="Staff data protection training, instructions and guidance"
          help="Part 6 of the ICO form: for example, annual online training for all staff and a written email policy."
          error={errorAt(errors, 'trainingAndGuidance')}
          optional
        >
          {(control) => <textarea {...control} rows={4} {...register('trainingAndGuidance')} />}
        </Field>

        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={isSubmitting}>
            Save organisation details
          </button>
        </div>
        <p role="status">{message}</p>
      </form>
    </section>
  );
}

/** Nested { a: { b: { message } } } as "a.b" → error, for setError. */
function flatten(node: Record<string, unknown>, prefix = ''): Record<string, { type: string; message: string }> {
  const out: Record<string, { type: string; message: string }> = {};
  for (const [key, value] of Object.entries(node)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object' && 'message' in value) out[path] = value as { type: string; message: string };
    else if (value && typeof value === 'object') Object.assign(out, flatten(value as Record<string, unknown>, path));
  }
  return out;
}
