/* Material for MkDocs 9.8.1, partials/javascripts/base.html (MIT licence, Martin Donath):
   the same code, reading its scope from its script element instead of an inline script. */
window.__md_scope=new URL(document.currentScript.dataset.mdScope,location),__md_hash=e=>[...e].reduce(((e,_)=>(e<<5)-e+_.charCodeAt(0)),0),__md_get=(e,_=localStorage,t=__md_scope)=>JSON.parse(_.getItem(t.pathname+"."+e)),__md_set=(e,_,t=localStorage,a=__md_scope)=>{try{t.setItem(a.pathname+"."+e,JSON.stringify(_))}catch(e){}}
/* Scope for Growth: the first script of the page, in its head: the page is laid out for
   scripts (theme/assets/css/forms.css, .sfg-js) before its first frame, so that nothing moves
   when the toolkit's scripts start at the end of the body. */
document.documentElement.classList.add("sfg-js");
